package dev.throughline.web.rest;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.people.UserKey;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** Marks a commitment done, or not done after all: either side of the pairing may. */
@Named
@Path("commitment/{id}/done")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    private final Throughline api;

    @Inject
    public CommitmentResource(Throughline api) {
        this.api = api;
    }

    /** A commitment as REST shows it. */
    public record CommitmentJson(long id, long pairingId, long sessionId, String owner, String text,
                                 LocalDate dueDate, String kind, LocalDate completedOn, String blockedItem) {

        static CommitmentJson of(Commitment c) {
            return new CommitmentJson(c.id(), c.pairingId(), c.originSessionId(), c.owner().name(), c.text(),
                    c.dueDate(), c.kind().name(), c.completedOn(), c.blockedItemKey());
        }
    }

    @POST
    public CommitmentJson done(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return CommitmentJson.of(api.commitments().complete(viewer, id));
    }

    @DELETE
    public CommitmentJson reopen(@PathParam("id") long id) {
        UserKey viewer = api.signedIn();
        return CommitmentJson.of(api.commitments().reopen(viewer, id));
    }
}
