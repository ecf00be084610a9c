package dev.throughline.core.view;

import dev.throughline.core.NotFoundException;
import dev.throughline.core.habits.HabitDetector;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.prep.Prep;
import dev.throughline.core.prep.PrepBuilder;
import dev.throughline.core.progress.ProgressCheck;
import dev.throughline.core.recap.RecapDrafter;
import dev.throughline.core.script.ScriptContext;
import dev.throughline.core.script.Tone;
import dev.throughline.core.service.PairingAccess;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.store.OneOnOneStore;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the session view from the store's read for a session ({@link OneOnOneStore#sessionHistory}) and the prep
 * from its prep read ({@link OneOnOneStore#prepHistory}): both in a constant number of statements, neither reading
 * the done commitments of the sessions before.
 */
public final class SessionViews {

    private final OneOnOneStore store;
    private final PairingAccess access;

    public SessionViews(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
    }

    /** The session, with scripts in the tones the rules pick unless {@code tones} names one for a segment. */
    public SessionView session(UserKey viewer, long sessionId, Map<Segment, Tone> tones, String observation,
                               ViewText text) {
        return view(viewer, load(viewer, sessionId), tones, observation, text);
    }

    /**
     * The session as a change left it: the change, then the reading of the view in the same transaction (one
     * connection, and the record the change read and wrote is not read again).
     */
    public SessionView changed(UserKey viewer, Supplier<Session> change, ViewText text) {
        return view(viewer, store.inTransaction(() -> load(viewer, change.get().id())), Map.of(), null, text);
    }

    /** The session after a change that does not return it (a commitment made in it), read in the same transaction. */
    public SessionView changed(UserKey viewer, long sessionId, Runnable change, ViewText text) {
        return view(viewer, store.inTransaction(() -> {
            change.run();
            return load(viewer, sessionId);
        }), Map.of(), null, text);
    }

    private SessionView view(UserKey viewer, Loaded loaded, Map<Segment, Tone> tones, String observation,
                             ViewText text) {
        PairingHistory history = loaded.history();
        Session session = loaded.session();
        ScriptContext context = ScriptContext.of(history, session, text.name(history.pairing().report()),
                observation, text.clock());
        ProgressCheck progress = ProgressCheck.of(history, session, text.today(), text.zone());
        boolean live = session.state() == SessionState.SCHEDULED;
        List<SessionView.SegmentView> segments = Arrays.stream(Segment.values())
                .map(segment -> SegmentViews.of(session, segment, context, Optional.ofNullable(tones.get(segment)),
                        live, text))
                .toList();
        boolean manager = history.pairing().manager().equals(viewer);
        // The habit warnings coach the manager, and a recap is the report's once it is sent.
        List<WarningView> warnings = manager ? WarningView.of(new HabitDetector(text.clock()).detect(history), text)
                : List.of();
        return new SessionView(session.id(), session.pairingId(), session.version(), session.state().name(),
                text.text(session.state().i18nKey()), text.time(session.scheduledAt()),
                session.scheduledAt().toString(), text.name(history.pairing().report()),
                text.name(history.pairing().manager()), manager, live, session.isEditable(), session.focus(),
                segments,
                SegmentViews.talk(session), previous(progress, text),
                CommitmentView.of(progress.commitments(), history.pairing(), text),
                CommitmentView.ofCommitments(history.commitmentsMadeIn(session.id()), history.pairing(), text),
                history.activeThread().map(thread -> ThreadView.recent(thread, text)).orElse(null),
                manager || session.recapSentAt() != null ? recap(session, history, text) : null, warnings);
    }

    /** The 2-minute prep for a session still to be held. */
    public PrepView prep(UserKey viewer, long sessionId, ViewText text) {
        PairingHistory history = store.prepHistory(sessionId)
                .filter(narrow -> narrow.pairing().involves(viewer))
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        Loaded loaded = new Loaded(history, history.session(sessionId).orElseThrow());
        Prep prep = new PrepBuilder(text.clock()).build(history, loaded.session());
        List<PrepView.Note> notes = prep.lastNotes().entrySet().stream()
                .map(entry -> new PrepView.Note(text.text(entry.getKey().nameKey()), entry.getValue()))
                .toList();
        return new PrepView(sessionId, history.pairing().id(), text.name(history.pairing().report()),
                text.time(loaded.session().scheduledAt()), prep.firstSession(), previous(prep.progressCheck(), text),
                notes, CommitmentView.of(prep.commitments(), history.pairing(), text),
                prep.progressCheck().missedCount(),
                prep.acknowledgement().map(a -> a.text()).orElse(null), text.text(prep.acknowledgeKey()),
                text.text(prep.topic().promptKey()), prep.topic().reviewDue(),
                prep.topic().thread().map(thread -> ThreadView.recent(thread, text)).orElse(null));
    }

    private Loaded load(UserKey viewer, long sessionId) {
        PairingHistory history = access.aroundSession(viewer, sessionId);
        return new Loaded(history, history.session(sessionId).orElseThrow());
    }

    private record Loaded(PairingHistory history, Session session) {
    }

    private static String previous(ProgressCheck progress, ViewText text) {
        if (progress.firstSession()) {
            return text.text(ProgressCheck.FIRST_SESSION_KEY);
        }
        String date = text.date(progress.previousDate().orElseThrow());
        return progress.previousFocus().map(focus -> text.text("progress.previous.focus", date, focus))
                .orElseGet(() -> text.text("progress.previous", date));
    }

    private static SessionView.Recap recap(Session session, PairingHistory history, ViewText text) {
        return session.recapValue().map(recap -> new SessionView.Recap(recap.text(), recap.lines(),
                session.recapSentAt() != null, text.time(session.recapSentAt()),
                RecapDrafter.shouldSend(history.commitmentsMadeIn(session.id())))).orElse(null);
    }
}
