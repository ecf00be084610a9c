package dev.throughline.web;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamViews;
import dev.throughline.web.rest.SignInRequiredException;

import java.util.Objects;

/**
 * Everything the REST resources call, wired once by each host (Jira's Spring context, the sandbox's composition
 * root) and injected as one object.
 */
public record Throughline(Viewer viewer, ViewTexts texts, PairingService pairings, SessionService sessions,
                          CommitmentService commitments, ThreadService threads, TeamViews team,
                          SessionViews sessionViews, DevelopmentViews development, OperatingTemplates templates,
                          UserData userData) {

    public Throughline {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(pairings, "pairings");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(commitments, "commitments");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(sessionViews, "sessionViews");
        Objects.requireNonNull(development, "development");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(userData, "userData");
    }

    /** The signed-in user; a request without one is answered 401. */
    public UserKey signedIn() {
        return viewer.current().orElseThrow(SignInRequiredException::new);
    }
}
