package dev.throughline.web.rest;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.session.Session;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** A user's copy of everything kept about them, as one JSON document to download. */
@Named
@Path("user/export")
@Produces(MediaType.APPLICATION_JSON)
public class UserDataResource {

    private final Throughline api;

    @Inject
    public UserDataResource(Throughline api) {
        this.api = api;
    }

    /** Everything kept about {@code user}: every pairing they are in, with all it recorded. */
    public record ExportJson(String user, List<PairingExport> pairings) {

        static ExportJson of(UserData.Export export) {
            return new ExportJson(export.user().value(),
                    export.pairings().stream().map(PairingExport::of).toList());
        }
    }

    public record PairingExport(PairingResource.PairingJson pairing, List<Session> sessions,
                                List<CommitmentResource.CommitmentJson> commitments,
                                List<DevelopmentThread> developmentThreads) {

        static PairingExport of(PairingHistory history) {
            return new PairingExport(PairingResource.PairingJson.of(history.pairing()), history.sessions(),
                    history.commitments().stream().map(CommitmentResource.CommitmentJson::of).toList(),
                    history.threads());
        }
    }

    @GET
    public Response export() {
        UserKey viewer = api.signedIn();
        return Response.ok(ExportJson.of(api.userData().export(viewer)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"throughline-" + viewer.value()
                        .replaceAll("[^A-Za-z0-9._-]", "_") + ".json\"")
                .build();
    }
}
