package dev.throughline.standalone.pages;

import dev.throughline.core.macro.MacroOutcome;
import dev.throughline.core.macro.MacroParameters;
import dev.throughline.core.macro.MacroSource;
import dev.throughline.core.macro.Macros;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.Throughline;
import dev.throughline.web.pages.PageViews;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's pages. Each one reads through the same services and views as the REST API (so the same privacy
 * checks apply: someone else's pairing is a 404 page) and renders a shared template; every change is made by the
 * page's script through the REST API.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    private static final String OWN = "dev/throughline/standalone/templates/";

    private final Throughline api;
    private final PageViews pages;
    private final Shell shell;

    @Context
    private HttpServletRequest request;

    @Inject
    public Pages(Throughline api, Shell shell) {
        this.api = api;
        this.pages = new PageViews(api);
        this.shell = shell;
    }

    /** Managers land on their team, everyone else on their own one-on-ones. */
    @GET
    public Response home() {
        UserKey viewer = api.signedIn();
        boolean manages = api.pairings().of(viewer).stream().anyMatch(p -> p.manager().equals(viewer));
        return Response.seeOther(UriBuilder.fromPath(request.getContextPath() + (manages ? "/team" : "/me")).build())
                .build();
    }

    @GET
    @Path("team")
    public String team() {
        return page(pages.team(api.signedIn()));
    }

    @GET
    @Path("me")
    public String me() {
        return page(pages.me(api.signedIn()));
    }

    @GET
    @Path("session/{id}/prep")
    public String prep(@PathParam("id") long id) {
        return page(pages.prep(api.signedIn(), id));
    }

    @GET
    @Path("session/{id}")
    public String session(@PathParam("id") long id) {
        return page(pages.session(api.signedIn(), id, request::getParameter));
    }

    @GET
    @Path("pairing/{id}/development")
    public String development(@PathParam("id") long id) {
        return page(pages.development(api.signedIn(), id));
    }

    @GET
    @Path("pairing/new")
    public String newPairing() {
        return page(pages.newPairing(api.signedIn()));
    }

    /**
     * The three Confluence macros as a page would show them, through the same macro code: the page's parameters
     * checked, then the sandbox's own REST API read as the viewer (so its privacy checks decide), then the core's
     * template or the message saying why not.
     */
    @GET
    @Path("macros")
    public String macros(@QueryParam("report") String report, @QueryParam("manager") String manager,
                         @QueryParam("limit") String limit) {
        UserKey viewer = api.signedIn();
        ViewText text = text(viewer);
        Map<String, String> parameters = new HashMap<>();
        parameters.put(MacroParameters.REPORT, report);
        parameters.put(MacroParameters.MANAGER, manager);
        parameters.put(MacroParameters.LIMIT, limit);
        MacroSource source = RestMacroSource.viewing(request);
        Map<String, Object> values = new HashMap<>();
        values.put("report", report);
        values.put("manager", manager);
        values.put("limit", limit);
        values.put("reports", api.pairings().of(viewer).stream().map(p -> p.report().value()).distinct().toList());
        values.put("macros", List.of(
                macro("macro-template", "throughline-template", Macros.template(parameters, source, text)),
                macro("macro-development", "throughline-development",
                        Macros.development(parameters, source, text.messages())),
                macro("macro-recap", "throughline-recap", Macros.recaps(parameters, source, text.messages()))));
        return shell.page(request, shell.text("sandbox.macros.title"), OWN + "macros.vm", values);
    }

    /** One macro on the page: its message, if any, above its template, if any, each rendered as Confluence does. */
    private Map<String, Object> macro(String id, String name, MacroOutcome outcome) {
        StringBuilder html = new StringBuilder();
        outcome.said().ifPresent(message -> html.append(shell.part(Macros.MESSAGE, message.values())));
        if (outcome.shows()) {
            html.append(shell.part(outcome.template(), Map.of("view", outcome.view())));
        }
        return Map.of("id", id, "name", name, "bodyHtml", html.toString());
    }

    private String page(PageViews.Page page) {
        return shell.page(request, page.title(), page.template(), page.values());
    }

    private ViewText text(UserKey viewer) {
        return api.texts().of(viewer);
    }
}
