package dev.throughline.web.pages;

import dev.throughline.core.macro.Macros;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.script.Tone;
import dev.throughline.core.session.Segment;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.Throughline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pages every host shows (the sandbox's, Jira's servlet), each built through the same services and views as the
 * REST API, so the same privacy checks apply: someone else's pairing is "not found". A host routes to these, then
 * renders the page's core template inside its own chrome.
 */
public final class PageViews {

    /** Where the core's page templates are, on the classpath. */
    public static final String TEMPLATES = "dev/throughline/core/templates/";

    /** A page: its title, the core template of its body, and what that template reads. */
    public record Page(String title, String template, Map<String, Object> values) {

        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(template, "template");
            values = Map.copyOf(values);
        }
    }

    private final Throughline api;

    public PageViews(Throughline api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** A manager's team: cadence, commitments, development threads, habit warnings and the reflection question. */
    public Page team(UserKey viewer) {
        ViewText text = api.texts().of(viewer);
        return new Page(text.text("page.team.title"), TEMPLATES + "team.vm",
                Map.of("view", api.team().team(viewer, text)));
    }

    /** A report's own page: what they are being developed toward, their commitments and recaps. */
    public Page me(UserKey viewer) {
        ViewText text = api.texts().of(viewer);
        return new Page(text.text("page.me.title"), TEMPLATES + "report.vm",
                Map.of("view", api.development().report(viewer, text)));
    }

    /** Setting up a one-on-one with a report: the cadence suggested from the dates, or chosen. */
    public Page newPairing(UserKey viewer) {
        return new Page(api.texts().of(viewer).text("page.setup.title"), TEMPLATES + "pairing-setup.vm", Map.of());
    }

    public Page prep(UserKey viewer, long sessionId) {
        ViewText text = api.texts().of(viewer);
        PrepView view = api.sessionViews().prep(viewer, sessionId, text);
        return new Page(text.text("page.prep.title", view.reportName()), TEMPLATES + "prep.vm", Map.of("view", view));
    }

    /** The live session, with scripts in the tones asked for by segment id ({@code progress-check=soft}, …). */
    public Page session(UserKey viewer, long sessionId, Function<String, String> toneBySegment) {
        ViewText text = api.texts().of(viewer);
        Map<Segment, Tone> tones = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            Tone.fromId(toneBySegment.apply(segment.id())).ifPresent(tone -> tones.put(segment, tone));
        }
        SessionView view = api.sessionViews().session(viewer, sessionId, tones, null, text);
        return new Page(text.text("page.session.title", view.reportName()), TEMPLATES + "session.vm",
                Map.of("view", view));
    }

    public Page development(UserKey viewer, long pairingId) {
        ViewText text = api.texts().of(viewer);
        DevelopmentView view = api.development().development(viewer, pairingId, text);
        return new Page(text.text("page.development.title", view.reportName()), Macros.DEVELOPMENT,
                Map.of("view", view));
    }
}
