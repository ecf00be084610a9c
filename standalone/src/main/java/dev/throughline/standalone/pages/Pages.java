package dev.throughline.standalone.pages;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.script.Tone;
import dev.throughline.core.session.Segment;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.TeamView;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.Throughline;
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

import java.util.EnumMap;
import java.util.Map;

/**
 * The sandbox's pages. Each one reads through the same services and views as the REST API (so the same privacy
 * checks apply: someone else's pairing is a 404 page) and renders a shared template; every change is made by the
 * page's script through the REST API.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    private static final String CORE = "dev/throughline/core/templates/";
    private static final String OWN = "dev/throughline/standalone/templates/";

    private final Throughline api;
    private final Shell shell;

    @Context
    private HttpServletRequest request;

    @Inject
    public Pages(Throughline api, Shell shell) {
        this.api = api;
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
        UserKey viewer = api.signedIn();
        TeamView view = api.team().team(viewer, text(viewer));
        return shell.page(request, shell.text("page.team.title"), CORE + "team.vm", Map.of("view", view));
    }

    @GET
    @Path("me")
    public String me() {
        UserKey viewer = api.signedIn();
        return shell.page(request, shell.text("page.me.title"), CORE + "report.vm",
                Map.of("view", api.development().report(viewer, text(viewer))));
    }

    @GET
    @Path("session/{id}/prep")
    public String prep(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        PrepView view = api.sessionViews().prep(viewer, id, text(viewer));
        return shell.page(request, shell.text("page.prep.title", view.reportName()), CORE + "prep.vm",
                Map.of("view", view));
    }

    @GET
    @Path("session/{id}")
    public String session(@PathParam("id") long id, @QueryParam("progress-check") String progress,
                          @QueryParam("blocker-clearing") String blocker,
                          @QueryParam("development-thread") String development) {
        UserKey viewer = api.signedIn();
        Map<Segment, Tone> tones = new EnumMap<>(Segment.class);
        Tone.fromId(progress).ifPresent(tone -> tones.put(Segment.PROGRESS_CHECK, tone));
        Tone.fromId(blocker).ifPresent(tone -> tones.put(Segment.BLOCKER_CLEARING, tone));
        Tone.fromId(development).ifPresent(tone -> tones.put(Segment.DEVELOPMENT_THREAD, tone));
        SessionView view = api.sessionViews().session(viewer, id, tones, null, text(viewer));
        return shell.page(request, shell.text("page.session.title", view.reportName()), CORE + "session.vm",
                Map.of("view", view));
    }

    @GET
    @Path("pairing/{id}/development")
    public String development(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        DevelopmentView view = api.development().development(viewer, id, text(viewer));
        return shell.page(request, shell.text("page.development.title", view.reportName()), CORE + "development.vm",
                Map.of("view", view));
    }

    @GET
    @Path("pairing/new")
    public String newPairing() {
        api.signedIn();
        return shell.page(request, shell.text("sandbox.setup.title"), OWN + "pairing-setup.vm", Map.of());
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

    private ViewText text(UserKey viewer) {
        return api.texts().of(viewer);
    }
}
