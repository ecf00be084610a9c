package dev.throughline.web.rest;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.view.ThreadView;
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
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** The report's development thread: started, recorded in each session, redefined, achieved or parked. */
@Named
@Path("thread")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadResource {

    private final Throughline api;

    @Inject
    public ThreadResource(Throughline api) {
        this.api = api;
    }

    public record StartRequest(Long pairingId, String growthArea, String target, String gap,
                               String whatGoodLooksLike, Boolean gapFlagged, String nextStep, LocalDate reviewDate) {

        ThreadService.Definition definition() {
            return new ThreadService.Definition(growthArea, target, gap, whatGoodLooksLike,
                    Boolean.TRUE.equals(gapFlagged));
        }
    }

    public record DefinitionRequest(Long version, String growthArea, String target, String gap,
                                    String whatGoodLooksLike, Boolean gapFlagged) {
    }

    public record EntryRequest(Long version, Long sessionId, String note, String nextStep, LocalDate reviewDate) {
    }

    public record CloseRequest(Long version, ThreadStatus status) {
    }

    @POST
    public ThreadView start(StartRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        return view(viewer, api.threads().start(viewer, Requests.required(request.pairingId(), "pairingId"),
                request.definition(), request.nextStep(), request.reviewDate()));
    }

    @GET
    @Path("{id}")
    public ThreadView get(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return view(viewer, api.threads().get(viewer, id));
    }

    @POST
    @Path("{id}/entry")
    public ThreadView record(@PathParam("id") long id, EntryRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        long version = Requests.required(request.version(), "version");
        long sessionId = Requests.required(request.sessionId(), "sessionId");
        ViewText text = api.texts().of(viewer);
        // An entry recorded after the session was finished goes into its recap while that is still as drafted.
        return view(viewer, api.sessions().keepingRecapCurrent(viewer, sessionId, text.messages(), text.locale(),
                () -> api.threads().record(viewer, id, version, new ThreadService.Entry(sessionId, request.note(),
                        request.nextStep(), request.reviewDate()))));
    }

    @PUT
    @Path("{id}")
    public ThreadView redefine(@PathParam("id") long id, DefinitionRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        return view(viewer, api.threads().redefine(viewer, id, Requests.required(request.version(), "version"),
                new ThreadService.Definition(request.growthArea(), request.target(), request.gap(),
                        request.whatGoodLooksLike(), Boolean.TRUE.equals(request.gapFlagged()))));
    }

    @POST
    @Path("{id}/close")
    public ThreadView close(@PathParam("id") long id, CloseRequest request) {
        UserKey viewer = api.signedIn();
        Requests.body(request);
        return view(viewer, api.threads().close(viewer, id, Requests.required(request.version(), "version"),
                request.status()));
    }

    private ThreadView view(UserKey viewer, DevelopmentThread thread) {
        return ThreadView.of(thread, api.texts().of(viewer));
    }
}
