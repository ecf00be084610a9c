package dev.throughline.core.view;

import dev.throughline.core.habits.HabitWarning;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A manager-habit warning: which habit, the evidence that raised it, and what to do instead. */
public record WarningView(String habit, long pairingId, long sessionId, String name, String evidence, String advice) {

    static WarningView of(HabitWarning warning, ViewText text) {
        Object[] args = warning.evidenceArgs().stream()
                .map(arg -> arg instanceof List<?> list
                        ? list.stream().map(item -> String.valueOf(shown(item, text))).collect(Collectors.joining(", "))
                        : shown(arg, text))
                .toArray();
        return new WarningView(warning.habit().id(), warning.pairingId(), warning.sessionId(),
                text.text(warning.habit().nameKey()), text.text(warning.evidenceKey(), args),
                text.text(warning.habit().adviceKey()));
    }

    private static Object shown(Object arg, ViewText text) {
        return arg instanceof LocalDate date ? text.date(date) : arg;
    }

    static List<WarningView> of(List<HabitWarning> warnings, ViewText text) {
        return warnings.stream().map(warning -> of(warning, text)).toList();
    }
}
