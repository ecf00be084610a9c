package dev.throughline.core.view;

import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentSummary;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.PairingAccess;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.OneOnOneStore;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds the development page of a pairing and the report's own page. */
public final class DevelopmentViews {

    private final OneOnOneStore store;
    private final PairingAccess access;

    public DevelopmentViews(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
    }

    /** The pairing's threads, for its manager or report. */
    public DevelopmentView development(UserKey viewer, long pairingId, ViewText text) {
        PairingHistory history = access.seenBy(viewer, pairingId);
        Optional<DevelopmentThread> active = history.activeThread();
        Optional<DevelopmentSummary> summary = DevelopmentSummary.of(active, text.today());
        List<ThreadView> earlier = history.threads().stream()
                .filter(thread -> active.map(a -> a.id() != thread.id()).orElse(true))
                .sorted(Comparator.comparing(DevelopmentThread::startedOn).reversed())
                .map(thread -> ThreadView.of(thread, text))
                .toList();
        return new DevelopmentView(pairingId, text.name(history.pairing().report()),
                text.name(history.pairing().manager()), history.pairing().manager().equals(viewer),
                summary.map(s -> developedToward(s, text)).orElse(null),
                summary.flatMap(DevelopmentSummary::workOn).orElse(null),
                active.map(thread -> ThreadView.of(thread, text)).orElse(null), earlier);
    }

    /** Every pairing in which the viewer is the report. */
    public ReportView report(UserKey viewer, ViewText text) {
        List<ReportView.Pairing> pairings = store.pairingsOf(viewer).stream()
                .filter(pairing -> pairing.report().equals(viewer))
                .flatMap(pairing -> store.history(pairing.id()).stream()) // one erased meanwhile is gone
                .map(history -> pairing(history, text))
                .toList();
        return new ReportView(text.name(viewer), pairings);
    }

    /** The pairing's last {@code limit} sent recaps, for its manager or report. */
    public RecapsView recaps(UserKey viewer, long pairingId, int limit, ViewText text) {
        PairingHistory history = access.seenBy(viewer, pairingId);
        return new RecapsView(pairingId, text.name(history.pairing().report()),
                text.name(history.pairing().manager()), recaps(history, text).stream().limit(Math.max(0, limit))
                .toList());
    }

    private static List<ReportView.RecapItem> recaps(PairingHistory history, ViewText text) {
        return history.sessions().stream()
                .filter(session -> session.recapSentAt() != null)
                .sorted(Comparator.comparing(Session::scheduledAt).reversed())
                .map(session -> new ReportView.RecapItem(session.id(), text.date(session.date(text.zone())),
                        text.time(session.recapSentAt()), session.recap().lines(),
                        CommitmentView.ofCommitments(history.commitmentsMadeIn(session.id()), history.pairing(),
                                text)))
                .toList();
    }

    private static ReportView.Pairing pairing(PairingHistory history, ViewText text) {
        Optional<DevelopmentSummary> summary = DevelopmentSummary.of(history.activeThread(), text.today());
        List<ReportView.RecapItem> recaps = recaps(history, text);
        List<CommitmentView> mine = CommitmentView.ofCommitments(history.commitments().stream()
                .filter(c -> c.owner() == Party.REPORT && !c.isDone()).toList(), history.pairing(), text);
        return new ReportView.Pairing(history.pairing().id(), text.name(history.pairing().manager()),
                summary.map(s -> developedToward(s, text)).orElse(null),
                summary.flatMap(DevelopmentSummary::workOn).orElse(null),
                history.activeThread().map(thread -> ThreadView.of(thread, text)).orElse(null),
                history.nextScheduled().map(session -> text.time(session.scheduledAt())).orElse(null), recaps, mine);
    }

    /** "Stakeholder communication — runs the quarterly review", in the viewer's language. */
    static String developedToward(DevelopmentSummary summary, ViewText text) {
        return summary.developedToward(text.messages());
    }
}
