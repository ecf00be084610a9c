package dev.throughline.standalone.pages;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
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

    /** What the Confluence macros show, rendered from the same templates and views. */
    @GET
    @Path("macros")
    public String macros(@QueryParam("pairing") Long pairingId) {
        UserKey viewer = api.signedIn();
        ViewText text = text(viewer);
        OperatingTemplateView template = pairingId == null ? OperatingTemplates.blank(text)
                : api.templates().filled(viewer, pairingId, text);
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("template", template);
        values.put("pairings", api.pairings().of(viewer).stream()
                .map(p -> Map.of("id", p.id(), "name", shell.text("sandbox.macros.pairing",
                        text.name(p.manager()), text.name(p.report()))))
                .toList());
        if (pairingId != null) {
            values.put("development", api.development().development(viewer, pairingId, text));
            values.put("recaps", api.development().recaps(viewer, pairingId, 3, text));
        }
        return shell.page(request, shell.text("sandbox.macros.title"), OWN + "macros.vm", values);
    }

    private String page(PageViews.Page page) {
        return shell.page(request, page.title(), page.template(), page.values());
    }

    private ViewText text(UserKey viewer) {
        return api.texts().of(viewer);
    }
}
