package dev.throughline.core.view;

import dev.throughline.core.habits.HabitWarning;

import java.util.List;

/** A manager-habit warning: which habit, the evidence that raised it, and what to do instead. */
public record WarningView(String habit, long pairingId, long sessionId, String name, String evidence, String advice) {

    static WarningView of(HabitWarning warning, ViewText text) {
        return new WarningView(warning.habit().id(), warning.pairingId(), warning.sessionId(),
                text.text(warning.habit().nameKey()), warning.evidence(text.messages()),
                text.text(warning.habit().adviceKey()));
    }

    static List<WarningView> of(List<HabitWarning> warnings, ViewText text) {
        return warnings.stream().map(warning -> of(warning, text)).toList();
    }
}
