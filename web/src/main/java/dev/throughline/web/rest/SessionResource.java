package dev.throughline.web.rest;

import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.script.Tone;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One session, from scheduling through its three segments to the recap. Every change carries the version the
 * client last saw and answers with the whole session as it now is.
 */
@Named
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final Throughline api;

    @Inject
    public SessionResource(Throughline api) {
        this.api = api;
    }

    public record ScheduleRequest(Long pairingId, Instant at) {
    }

    /** A change of a session carries the version the client last saw. */
    public interface Versioned {
        Long version();
    }

    public record VersionRequest(Long version) implements Versioned {
    }

    public record NotesRequest(Long version, String notes) implements Versioned {
    }

    public record MinutesRequest(Long version, Integer minutes) implements Versioned {
    }

    public record FocusRequest(Long version, String focus) implements Versioned {
    }

    public record TalkRequest(Long version, Long managerSeconds, Long reportSeconds) implements Versioned {
    }

    public record RescheduleRequest(Long version, Instant to) {
    }

    public record RecapRequest(Long version, String text) implements Versioned {
    }

    public record CommitmentRequest(Party owner, String text, LocalDate dueDate, CommitmentKind kind,
                                    String blockedItem) {
    }

    @POST
    public SessionView schedule(ScheduleRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        long pairingId = Requests.required(request.pairingId(), "pairingId");
        Instant at = Requests.required(request.at(), "at");
        return api.sessionViews().changed(viewer, () -> api.sessions().schedule(viewer, pairingId, at),
                api.texts().of(viewer));
    }

    @GET
    @Path("{id}")
    public SessionView get(@PathParam("id") long id, @QueryParam("progress-check") String progressTone,
                           @QueryParam("blocker-clearing") String blockerTone,
                           @QueryParam("development-thread") String developmentTone,
                           @QueryParam("observation") String observation) {
        UserKey viewer = api.signedIn();
        Map<Segment, Tone> tones = new EnumMap<>(Segment.class);
        Requests.tone(progressTone).ifPresent(tone -> tones.put(Segment.PROGRESS_CHECK, tone));
        Requests.tone(blockerTone).ifPresent(tone -> tones.put(Segment.BLOCKER_CLEARING, tone));
        Requests.tone(developmentTone).ifPresent(tone -> tones.put(Segment.DEVELOPMENT_THREAD, tone));
        return api.sessionViews().session(viewer, id, tones, observation, api.texts().of(viewer));
    }

    @GET
    @Path("{id}/prep")
    public PrepView prep(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return api.sessionViews().prep(viewer, id, api.texts().of(viewer));
    }

    @POST
    @Path("{id}/segment/{segment}/open")
    public SessionView open(@PathParam("id") long id, @PathParam("segment") String segment, VersionRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().openSegment(viewer, id, version,
                Requests.segment(segment)));
    }

    @PUT
    @Path("{id}/segment/{segment}/notes")
    public SessionView notes(@PathParam("id") long id, @PathParam("segment") String segment, NotesRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().recordNotes(viewer, id, version,
                Requests.segment(segment), request.notes()));
    }

    @PUT
    @Path("{id}/segment/{segment}/minutes")
    public SessionView minutes(@PathParam("id") long id, @PathParam("segment") String segment,
                               MinutesRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().planMinutes(viewer, id, version,
                Requests.segment(segment), Requests.required(request.minutes(), "minutes")));
    }

    @PUT
    @Path("{id}/focus")
    public SessionView focus(@PathParam("id") long id, FocusRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().setFocus(viewer, id, version,
                request.focus()));
    }

    @POST
    @Path("{id}/talk")
    public SessionView talk(@PathParam("id") long id, TalkRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().recordTalk(viewer, id, version,
                new TalkTime(Requests.required(request.managerSeconds(), "managerSeconds"),
                        Requests.required(request.reportSeconds(), "reportSeconds"))));
    }

    @POST
    @Path("{id}/commitment")
    public SessionView commit(@PathParam("id") long id, CommitmentRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        CommitmentService.Agreement agreement = new CommitmentService.Agreement(
                Requests.required(request.owner(), "owner"), request.text(), request.dueDate(), request.kind(),
                request.blockedItem());
        ViewText text = api.texts().of(viewer);
        // A commitment made after the session was finished goes into its recap while that is still as drafted.
        return api.sessionViews().changed(viewer, id, () -> api.sessions().keepingRecapCurrent(viewer, id,
                text.messages(), text.locale(), () -> api.commitments().make(viewer, id, agreement)), text);
    }

    @POST
    @Path("{id}/finish")
    public SessionView finish(@PathParam("id") long id, VersionRequest request) {
        return change(id, request, (viewer, version) -> {
            ViewText text = api.texts().of(viewer);
            return api.sessions().finish(viewer, id, version, text.messages(), text.locale());
        });
    }

    @POST
    @Path("{id}/cancel")
    public SessionView cancel(@PathParam("id") long id, VersionRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().cancel(viewer, id, version));
    }

    /** Answers with the new session, scheduled at the new time. */
    @POST
    @Path("{id}/reschedule")
    public SessionView reschedule(@PathParam("id") long id, RescheduleRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        long version = Requests.required(request.version(), "version");
        Instant to = Requests.required(request.to(), "to");
        return api.sessionViews().changed(viewer, () -> api.sessions().reschedule(viewer, id, version, to),
                api.texts().of(viewer));
    }

    @PUT
    @Path("{id}/recap")
    public SessionView recap(@PathParam("id") long id, RecapRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().editRecap(viewer, id, version,
                request.text()));
    }

    @POST
    @Path("{id}/recap/send")
    public SessionView send(@PathParam("id") long id, VersionRequest request) {
        return change(id, request, (viewer, version) -> api.sessions().sendRecap(viewer, id, version));
    }

    /** One change of a session by the signed-in viewer, at the version sent; answers with the session after it. */
    private SessionView change(long id, Versioned request, Change change) {
        UserKey viewer = api.signedIn();
        long version = Requests.required(Requests.body(request).version(), "version");
        return api.sessionViews().changed(viewer, () -> change.apply(viewer, version), api.texts().of(viewer));
    }

    @FunctionalInterface
    private interface Change {
        Session apply(UserKey viewer, long version);
    }
}
