package dev.throughline.core.view;

import dev.throughline.core.cadence.CadencePlanner;
import dev.throughline.core.cadence.CadenceStatus;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.ManagerTaskList;
import dev.throughline.core.commitment.TrackedCommitment;
import dev.throughline.core.development.DevelopmentSummary;
import dev.throughline.core.habits.HabitDetector;
import dev.throughline.core.habits.HabitWarning;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.reflection.Reflection;
import dev.throughline.core.reflection.ReflectionLine;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.OneOnOneStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

/** Builds a manager's {@link TeamView} from one load of the team (a constant number of statements). */
public final class TeamViews {

    private final OneOnOneStore store;

    public TeamViews(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public TeamView team(UserKey manager, ViewText text) {
        List<PairingHistory> team = store.team(manager);
        CadencePlanner cadence = new CadencePlanner(text.clock());
        HabitDetector habits = new HabitDetector(text.clock());
        List<ReflectionLine> reflection = new Reflection(text.clock()).reflect(team);
        Map<Long, ReflectionLine> reflectionByPairing = reflection.stream()
                .collect(Collectors.toMap(line -> line.pairing().id(), line -> line));
        List<TeamView.Row> rows = new ArrayList<>();
        Map<Long, Pairing> pairings = new HashMap<>();
        List<Commitment> commitments = new ArrayList<>();
        for (PairingHistory history : team) {
            rows.add(row(history, cadence.status(history), habits.detect(history),
                    reflectionByPairing.get(history.pairing().id()), text));
            pairings.put(history.pairing().id(), history.pairing());
            commitments.addAll(history.commitments());
        }
        // One list across the team, in the task list's order: a missed follow-up of any report comes first.
        List<CommitmentView> tasks = ManagerTaskList.of(commitments, text.today()).stream()
                .map(task -> CommitmentView.of(task, pairings.get(task.commitment().pairingId()), text))
                .toList();
        int canSay = (int) reflection.stream().filter(ReflectionLine::canSay).count();
        return new TeamView(text.name(manager), rows, tasks, text.text("reflection.question"), canSay);
    }

    private static TeamView.Row row(PairingHistory history, CadenceStatus cadence, List<HabitWarning> warnings,
                                    ReflectionLine reflection, ViewText text) {
        List<TrackedCommitment> tracked = TrackedCommitment.of(history.commitments(), text.today());
        int open = count(tracked, CommitmentStatus.OPEN);
        int missed = count(tracked, CommitmentStatus.MISSED);
        Session next = history.nextScheduled().orElse(null);
        UserKey report = history.pairing().report();
        ThreadView thread = history.activeThread().map(t -> ThreadView.recent(t, text)).orElse(null);
        DevelopmentSummary answer = reflection.answer().orElse(null);
        return new TeamView.Row(history.pairing().id(), report.value(), text.name(report),
                text.text(cadence.effective().i18nKey()), text.text(cadence.suggestion().cadence().i18nKey()),
                text.text(cadence.suggestion().reasonKey()), cadence.overridden(),
                cadence.lastHeld().map(text::date).orElse(null), text.date(cadence.nextDue()), cadence.overdue(),
                next == null ? 0 : next.id(), next == null ? null : text.time(next.scheduledAt()), open, missed,
                thread, WarningView.of(warnings, text), reflection.canSay(), text.text(reflection.reasonKey()),
                answer == null ? null : DevelopmentViews.developedToward(answer, text),
                answer == null ? null : answer.workOn().orElse(null));
    }

    private static int count(List<TrackedCommitment> tracked, CommitmentStatus status) {
        return (int) tracked.stream().filter(item -> item.status() == status).count();
    }
}
