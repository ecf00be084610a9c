package dev.throughline.core.recap;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.SegmentRun;
import dev.throughline.core.session.Session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Drafts the 2-3 line recap of a held session from the bundle's patterns: "Discussed X." / "Next steps: Y." /
 * "Revisit by Z.". User text is always passed as a pattern argument, never joined into a pattern, so it comes out
 * literally; escaping is the view's job. Every line fits in {@link Recap#MAX_LINE_LENGTH}.
 */
public final class RecapDrafter {

    static final String DISCUSSED_KEY = "recap.discussed";
    static final String DISCUSSED_PROMPT_KEY = "recap.discussed.prompt";
    static final String NEXT_STEPS_KEY = "recap.next-steps";
    static final String STEP_DATED_KEY = "recap.step.dated";
    static final String STEP_UNDATED_KEY = "recap.step.undated";
    static final String REVISIT_KEY = "recap.revisit";
    static final String DATE_PATTERN_KEY = "recap.date.pattern";

    /** Each segment's first line of notes is cut to about this many chars. */
    static final int NOTE_LENGTH = 80;
    /** A commitment's text is cut to this many chars, so that its owner and date stay on the line. */
    static final int STEP_TEXT_LENGTH = 200;

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dates;

    /** A drafter reading session dates in UTC. */
    public RecapDrafter(Messages messages, Locale locale) {
        this(messages, locale, ZoneOffset.UTC);
    }

    /** A drafter reading session dates in {@code zone}. */
    public RecapDrafter(Messages messages, Locale locale, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        this.dates = messages.has(DATE_PATTERN_KEY)
                ? DateTimeFormatter.ofPattern(messages.get(DATE_PATTERN_KEY), locale)
                : DateTimeFormatter.ISO_LOCAL_DATE;
    }

    /** Worth sending to the report: at least one new commitment is specific (has an owner and a due date). */
    public static boolean shouldSend(List<Commitment> newCommitments) {
        return newCommitments.stream().anyMatch(Commitment::isSpecific);
    }

    /**
     * @param newCommitments the commitments made in the session, in the order they were made
     * @param thread         the development thread the session touched, if any
     * @param ownerName      the display name of each side ("Alex", "me")
     */
    public Recap draft(Session held, List<Commitment> newCommitments, Optional<DevelopmentThread> thread,
                       Function<Party, String> ownerName) {
        List<String> lines = new ArrayList<>();
        lines.add(discussedLine(held, thread));
        nextStepsLine(newCommitments, ownerName).ifPresent(lines::add);
        revisitLine(held, newCommitments, thread).ifPresent(lines::add);
        return new Recap(lines);
    }

    private String discussedLine(Session held, Optional<DevelopmentThread> thread) {
        List<String> topics = topics(held, thread);
        return topics.isEmpty() ? messages.get(DISCUSSED_PROMPT_KEY)
                : Lines.fit(body -> messages.get(DISCUSSED_KEY, body), topics, Recap.MAX_LINE_LENGTH);
    }

    /** The focus; else each segment's first line of notes; else the thread's growth area. */
    private static List<String> topics(Session held, Optional<DevelopmentThread> thread) {
        if (held.focus() != null) {
            return List.of(Lines.oneLine(held.focus()));
        }
        List<String> notes = held.segments().stream()
                .map(SegmentRun::notes)
                .flatMap(text -> Lines.firstLine(text).stream())
                .map(line -> Lines.shorten(Lines.oneLine(line), NOTE_LENGTH))
                .toList();
        if (!notes.isEmpty()) {
            return notes;
        }
        return thread.map(t -> List.of(Lines.oneLine(t.growthArea()))).orElse(List.of());
    }

    private Optional<String> nextStepsLine(List<Commitment> newCommitments, Function<Party, String> ownerName) {
        if (newCommitments.isEmpty()) {
            return Optional.empty();
        }
        List<String> steps = newCommitments.stream().map(commitment -> step(commitment, ownerName)).toList();
        return Optional.of(Lines.fit(body -> messages.get(NEXT_STEPS_KEY, body), steps, Recap.MAX_LINE_LENGTH));
    }

    private String step(Commitment commitment, Function<Party, String> ownerName) {
        String owner = name(commitment.owner(), ownerName);
        String text = Lines.shorten(Lines.oneLine(commitment.text()), STEP_TEXT_LENGTH);
        return commitment.due()
                .map(due -> messages.get(STEP_DATED_KEY, owner, text, dates.format(due)))
                .orElseGet(() -> messages.get(STEP_UNDATED_KEY, owner, text));
    }

    /** The display name, or the party's own label when none is given. */
    private String name(Party party, Function<Party, String> ownerName) {
        String name = ownerName.apply(party);
        return name == null || name.isBlank() ? messages.get(party.i18nKey()) : Lines.flatten(name);
    }

    /** The earliest new due date or the active thread's review date, if that is not before the session. */
    private Optional<String> revisitLine(Session held, List<Commitment> newCommitments,
                                         Optional<DevelopmentThread> thread) {
        LocalDate sessionDate = held.date(zone);
        Stream<LocalDate> dueDates = newCommitments.stream().flatMap(commitment -> commitment.due().stream());
        Stream<LocalDate> review = thread.filter(DevelopmentThread::isActive)
                .map(DevelopmentThread::reviewDate)
                .filter(date -> !date.isBefore(sessionDate))
                .stream();
        return Stream.concat(dueDates, review)
                .min(LocalDate::compareTo)
                .map(date -> messages.get(REVISIT_KEY, Lines.withoutFinalPeriod(dates.format(date))));
    }
}
