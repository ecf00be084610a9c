package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.time.LocalDate;
import java.util.List;

/** A warning and the date it is sorted by among the warnings about the same habit. */
record Finding(HabitWarning warning, LocalDate date) {

    /** A warning about one session, dated by that session. */
    static Finding about(ManagerHabit habit, Session session, Now now, String evidenceKey, Object... args) {
        return new Finding(new HabitWarning(habit, session.pairingId(), session.id(), evidenceKey, List.of(args)),
                now.dateOf(session));
    }

    /** A warning about the pairing as a whole, dated by {@code date}. */
    static Finding aboutPairing(ManagerHabit habit, PairingHistory history, LocalDate date, String evidenceKey,
                                Object... args) {
        return new Finding(new HabitWarning(habit, history.pairing().id(), 0, evidenceKey, List.of(args)), date);
    }
}
