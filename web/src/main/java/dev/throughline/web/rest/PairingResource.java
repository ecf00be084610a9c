package dev.throughline.web.rest;

import dev.throughline.core.DomainException;
import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.cadence.CadencePlanner;
import dev.throughline.core.cadence.CadenceSuggestion;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.RecapsView;
import dev.throughline.core.view.ReportView;
import dev.throughline.core.view.TeamView;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A manager's team, a report's own page, and setting pairings up. */
@Named
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {

    /** The most recaps one request returns. */
    public static final int MAX_RECAPS = 50;

    private final Throughline api;

    @Inject
    public PairingResource(Throughline api) {
        this.api = api;
    }

    /** What the manager states about a report; {@code cadence} null follows the suggestion. */
    public record PairingRequest(String report, LocalDate teamStartDate, LocalDate roleStartDate,
                                 Boolean lessConfident, Cadence cadence) {

        PairingService.Setup setup() {
            return new PairingService.Setup(teamStartDate, roleStartDate, Boolean.TRUE.equals(lessConfident),
                    cadence);
        }
    }

    /** A pairing as REST shows it. */
    public record PairingJson(long id, String manager, String report, LocalDate teamStartDate,
                              LocalDate roleStartDate, boolean lessConfident, Cadence cadence) {

        static PairingJson of(Pairing pairing) {
            return new PairingJson(pairing.id(), pairing.manager().value(), pairing.report().value(),
                    pairing.teamStartDate(), pairing.roleStartDate(), pairing.lessConfident(),
                    pairing.cadenceOverride());
        }
    }

    @GET
    @Path("team")
    public TeamView team() {
        UserKey viewer = api.signedIn();
        return api.team().team(viewer, api.texts().of(viewer));
    }

    @GET
    @Path("me")
    public ReportView me() {
        UserKey viewer = api.signedIn();
        return api.development().report(viewer, api.texts().of(viewer));
    }

    @POST
    @Path("pairing")
    public PairingJson create(PairingRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        return PairingJson.of(api.pairings().create(viewer, request.report(), request.setup()));
    }

    @PUT
    @Path("pairing/{id}")
    public PairingJson update(@PathParam("id") long id, PairingRequest request) {
        return PairingJson.of(api.pairings().update(api.signedIn(), id, Requests.body(request).setup()));
    }

    /**
     * The viewer's pairings with {@code report} (and {@code manager}), each given by user name or key: the macros look
     * pairings up by what a page's author typed. A name nobody has matches nothing.
     */
    @GET
    @Path("pairing")
    public List<PairingJson> find(@QueryParam("report") String report, @QueryParam("manager") String manager) {
        UserKey viewer = api.signedIn();
        Optional<UserKey> reportKey = report == null ? Optional.empty() : api.pairings().user(report);
        Optional<UserKey> managerKey = manager == null ? Optional.empty() : api.pairings().user(manager);
        if (report != null && reportKey.isEmpty() || manager != null && managerKey.isEmpty()) {
            return List.of();
        }
        return api.pairings().of(viewer).stream()
                .filter(p -> reportKey.isEmpty() || p.report().equals(reportKey.get()))
                .filter(p -> managerKey.isEmpty() || p.manager().equals(managerKey.get()))
                .map(PairingJson::of)
                .toList();
    }

    @GET
    @Path("pairing/{id}/recaps")
    public RecapsView recaps(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("5") String limit) {
        UserKey viewer = api.signedIn();
        return api.development().recaps(viewer, id, Requests.number(limit, "limit", 1, MAX_RECAPS),
                api.texts().of(viewer));
    }

    @GET
    @Path("pairing/{id}/template")
    public OperatingTemplateView template(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return api.templates().filled(viewer, id, api.texts().of(viewer));
    }

    /** What the method suggests for a report with these start dates: the set-up page shows it while typing. */
    public record CadenceJson(Cadence cadence, String name, String reason) {
    }

    @GET
    @Path("cadence")
    public CadenceJson cadence(@QueryParam("teamStartDate") String teamStart,
                               @QueryParam("roleStartDate") String roleStart) {
        ViewText text = api.texts().of(api.signedIn());
        CadenceSuggestion suggestion = new CadencePlanner(text.clock()).suggest(
                Requests.required(Requests.date(teamStart, "teamStartDate"), "teamStartDate"),
                Requests.date(roleStart, "roleStartDate"));
        return new CadenceJson(suggestion.cadence(), text.text(suggestion.cadence().i18nKey()),
                text.text(suggestion.reasonKey()));
    }

    @GET
    @Path("template")
    public OperatingTemplateView blankTemplate() {
        return OperatingTemplates.blank(api.texts().of(api.signedIn()));
    }

    @GET
    @Path("pairing/{id}/development")
    public DevelopmentView development(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return api.development().development(viewer, id, api.texts().of(viewer));
    }
}
