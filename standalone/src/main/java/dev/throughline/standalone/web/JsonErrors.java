package dev.throughline.standalone.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.throughline.web.rest.ErrorBody;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/** The REST API's answers to what the resources never see: unreadable JSON, unknown paths, and its own faults. */
public final class JsonErrors {

    private JsonErrors() {
    }

    static Response json(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(message, field))
                .build();
    }

    /** Malformed JSON, a wrong type, an unknown field: 400, naming the field when Jackson knows it. */
    @Provider
    public static final class Unreadable implements ExceptionMapper<JsonProcessingException> {

        @Override
        public Response toResponse(JsonProcessingException exception) {
            if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                                : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining("."));
                return json(400, "The value of " + field + " is not valid here.", field);
            }
            return json(400, "The request is not valid JSON.", null);
        }
    }

    /** 404 for an unknown path, 405 for a wrong method, 415 for a wrong content type: the status, as JSON. */
    @Provider
    public static final class Http implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            return json(status, exception.getResponse().getStatusInfo().getReasonPhrase() + ".", null);
        }
    }

    /** Anything else is our fault: logged in full, answered 500 without details. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new Http().toResponse(web);
            }
            LOG.error("REST request failed", exception);
            return json(500, "Something went wrong on our side; it has been logged.", null);
        }
    }
}
