package dev.throughline.web.rest;

import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.ReportView;
import dev.throughline.core.view.TeamView;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** A manager's team, a report's own page, and setting pairings up. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {

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
        UserKey report = request.report() == null || request.report().isBlank() ? null : UserKey.of(request.report());
        return PairingJson.of(api.pairings().create(viewer, report, request.setup()));
    }

    @PUT
    @Path("pairing/{id}")
    public PairingJson update(@PathParam("id") long id, PairingRequest request) {
        return PairingJson.of(api.pairings().update(api.signedIn(), id, Requests.body(request).setup()));
    }

    @GET
    @Path("pairing/{id}/development")
    public DevelopmentView development(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return api.development().development(viewer, id, api.texts().of(viewer));
    }
}
