package dev.throughline.core.view;

import dev.throughline.core.habits.HabitWarning;

import java.time.LocalDate;
import java.util.List;

/** A manager-habit warning: which habit, the evidence that raised it, and what to do instead. */
public record WarningView(String habit, long pairingId, long sessionId, String name, String evidence, String advice) {

    static WarningView of(HabitWarning warning, ViewText text) {
        Object[] args = warning.evidenceArgs().stream()
                .map(arg -> arg instanceof LocalDate date ? text.date(date) : arg)
                .toArray();
        return new WarningView(warning.habit().id(), warning.pairingId(), warning.sessionId(),
                text.text(warning.habit().nameKey()), text.text(warning.evidenceKey(), args),
                text.text(warning.habit().adviceKey()));
    }

    static List<WarningView> of(List<HabitWarning> warnings, ViewText text) {
        return warnings.stream().map(warning -> of(warning, text)).toList();
    }
}
