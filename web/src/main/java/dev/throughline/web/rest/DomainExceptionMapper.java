package dev.throughline.web.rest;

import dev.throughline.core.DomainException;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.store.ConflictException;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A broken rule becomes a 4xx answer {@code {"error": "...", "field": "..."}}: 404 for what the viewer may not
 * know of, 403 for what only the manager does, 409 for a stale version, 401 without a signed-in user, else 400. The
 * message is in the viewer's language, from the host's texts too (a refusal of Jira's own has its key there).
 */
@Named
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private final Throughline api;

    @Inject
    public DomainExceptionMapper(Throughline api) {
        this.api = api;
    }

    @Override
    public Response toResponse(DomainException exception) {
        String message = api.viewer().current().map(viewer -> exception.message(api.texts().of(viewer).messages()))
                .orElseGet(exception::getMessage);
        return Response.status(status(exception))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(message, exception.field().orElse(null)))
                .build();
    }

    /** The HTTP status a broken rule is answered with; pages answer with the same one. */
    public static int status(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof ForbiddenException) {
            return 403;
        }
        if (exception instanceof ConflictException) {
            return 409;
        }
        if (exception instanceof SignInRequiredException) {
            return 401;
        }
        return 400;
    }
}
