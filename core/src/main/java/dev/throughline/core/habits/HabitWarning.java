package dev.throughline.core.habits;

import dev.throughline.core.i18n.Messages;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A habit seen in one pairing, with the evidence that triggered it.
 *
 * @param sessionId    the session the warning is about, or 0 when it is not about one session
 * @param evidenceKey  i18n key of the evidence text
 * @param evidenceArgs what the evidence text shows: dates, counts, percentages, and lists of dates (shown joined)
 */
public record HabitWarning(ManagerHabit habit, long pairingId, long sessionId, String evidenceKey,
                           List<Object> evidenceArgs) {

    public HabitWarning {
        Objects.requireNonNull(habit, "habit");
        Objects.requireNonNull(evidenceKey, "evidenceKey");
        evidenceArgs = List.copyOf(evidenceArgs);
    }

    /** The evidence in the language of {@code messages}. */
    public String evidence(Messages messages) {
        return messages.get(evidenceKey, evidenceArgs.stream().map(arg -> arg instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : arg).toArray());
    }
}
