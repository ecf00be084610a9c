package dev.throughline.standalone;

import dev.throughline.standalone.auth.SignInFilter;
import dev.throughline.standalone.auth.SignInServlet;
import dev.throughline.standalone.auth.SignedInViewer;
import dev.throughline.standalone.auth.XsrfFilter;
import dev.throughline.standalone.web.SecurityHeadersFilter;
import dev.throughline.standalone.web.ServerErrors;
import dev.throughline.standalone.web.StaticServlet;
import dev.throughline.web.rest.RestApi;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionCookieConfig;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.net.URI;
import java.util.EnumSet;

/**
 * Jetty with two Jersey applications: the REST API at {@code /rest/throughline/1.0} and the pages at {@code /},
 * behind the security headers, sign-in and XSRF filters; static files at {@code /static}; sign-in at
 * {@code /login}. Sessions use an HttpOnly, Secure, SameSite=Strict cookie.
 */
public final class SandboxServer {

    static final String SESSION_COOKIE = "THROUGHLINE_SESSION";

    private final Server server;
    private final ServerConnector connector;

    SandboxServer(int port, ResourceConfig rest, ResourceConfig pages, SignInServlet signIn, SignedInViewer viewer) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setPort(port);
        connector.setHost("localhost");
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                .setSendServerVersion(false);
        server.addConnector(connector);
        server.setErrorHandler(new ServerErrors());

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SessionCookieConfig cookie = context.getSessionHandler().getSessionCookieConfig();
        cookie.setName(SESSION_COOKIE);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
        context.getSessionHandler().setMaxInactiveInterval(8 * 60 * 60);

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", requests);
        context.addFilter(new FilterHolder(new SignInFilter(viewer)), "/*", requests);
        context.addFilter(new FilterHolder(new XsrfFilter()), "/*", requests);

        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), RestApi.BASE_PATH + "/*");
        context.addServlet(new ServletHolder("pages", new ServletContainer(pages)), "/*");
        context.addServlet(new ServletHolder("static", new StaticServlet()), "/static/*");
        ServletHolder signInHolder = new ServletHolder("sign-in", signIn);
        context.addServlet(signInHolder, "/login");
        context.addServlet(signInHolder, "/logout");
        server.setHandler(context);
    }

    /** Starts serving; answers the address pages are at. */
    public URI start() throws Exception {
        server.start();
        return URI.create("http://localhost:" + connector.getLocalPort() + "/");
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void stop() throws Exception {
        server.stop();
    }
}
