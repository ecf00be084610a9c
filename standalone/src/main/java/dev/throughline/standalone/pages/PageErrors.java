package dev.throughline.standalone.pages;

import dev.throughline.core.DomainException;
import dev.throughline.web.rest.DomainExceptionMapper;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** A page that cannot be shown says why, in the page chrome, with the right status; never a stack trace. */
public final class PageErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final Shell shell;

    @Context
    private HttpServletRequest request;

    @Inject
    public PageErrors(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        int status;
        String message;
        if (exception instanceof DomainException domain) {
            status = DomainExceptionMapper.status(domain);
            message = domain.getMessage();
        } else if (exception instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            message = status == 404 ? shell.text("sandbox.error.no-page") : web.getResponse().getStatusInfo()
                    .getReasonPhrase();
        } else {
            LOG.error("page failed", exception);
            status = 500;
            message = shell.text("sandbox.error.unexpected");
        }
        String html = shell.page(request, shell.text("sandbox.error.title"),
                "dev/throughline/standalone/templates/error.vm", Map.of("message", message));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
