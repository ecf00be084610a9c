package dev.throughline.web.rest;

import java.util.Set;

/**
 * Every class of the REST API under {@code /rest/throughline/1.0}: resources and the mappers of errors. Each is a
 * {@code @Named} component, so a host that makes its REST resources from its own container (Jira's REST v2 from the
 * plugin's Spring context, where spring-scanner indexes them) constructs them with what they {@code @Inject}.
 */
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
