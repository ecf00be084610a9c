package dev.throughline.web.rest;

import java.util.Set;

/** Every class of the REST API under {@code /rest/throughline/1.0}: resources and the mappers of errors. */
public final class RestApi {

    /** Where the API is mounted on every host. */
    public static final String BASE_PATH = "/rest/throughline/1.0";

    private RestApi() {
    }

    public static Set<Class<?>> classes() {
        return Set.of(HealthResource.class, PairingResource.class, SessionResource.class, CommitmentResource.class,
                ThreadResource.class, UserDataResource.class, DomainExceptionMapper.class);
    }
}
