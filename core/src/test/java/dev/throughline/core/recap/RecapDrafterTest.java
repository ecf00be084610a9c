package dev.throughline.core.recap;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static dev.throughline.core.progress.HistoryFixture.ZONE;
import static dev.throughline.core.progress.HistoryFixture.commitment;
import static dev.throughline.core.progress.HistoryFixture.held;
import static dev.throughline.core.progress.HistoryFixture.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecapDrafterTest {

    /** Thursday. */
    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
    private static final Function<Party, String> NAMES = party -> party == Party.REPORT ? "Alex" : "me";
    private static final RecapDrafter DRAFTER = new RecapDrafter(BundleMessages.english(), Locale.ENGLISH, ZONE);

    private static Commitment made(long id, Party owner, String text, LocalDate due) {
        return commitment(id, 10, DEC_10, owner, text, due);
    }

    private static Recap draft(Session held, List<Commitment> commitments, Optional<DevelopmentThread> thread) {
        return DRAFTER.draft(held, commitments, thread, NAMES);
    }

    @Test
    void threeLinesNameEachOwnerTextAndDueDate() {
        Session session = held(10, DEC_10, "the Q1 roadmap");
        List<Commitment> commitments = List.of(
                made(1, Party.REPORT, "send the design doc", DEC_10.plusDays(1)),
                made(2, Party.MANAGER, "ask finance about the budget", DEC_10.plusDays(4)));
        DevelopmentThread thread = thread(7, DEC_10, "public speaking", DEC_10.plusDays(14));

        Recap recap = draft(session, commitments, Optional.of(thread));

        assertEquals(List.of("Discussed the Q1 roadmap.",
                "Next steps: Alex: send the design doc by Fri 11 Dec; me: ask finance about the budget by Mon 14 Dec.",
                "Revisit by Fri 11 Dec."), recap.lines());
    }

    @Test
    void revisitIsTheThreadsReviewWhenThatComesFirst() {
        List<Commitment> commitments = List.of(made(1, Party.REPORT, "draft the RFC", DEC_10.plusDays(8)),
                made(2, Party.MANAGER, "book the room", DEC_10.plusDays(6)));
        DevelopmentThread thread = thread(7, DEC_10, "public speaking", DEC_10.plusDays(4));

        Recap recap = draft(held(10, DEC_10, "RFC"), commitments, Optional.of(thread));

        assertEquals("Revisit by Mon 14 Dec.", recap.lines().get(2));
    }

    @Test
    void revisitIsTheEarliestDueDateWhateverTheOrderOfCommitments() {
        List<Commitment> commitments = List.of(made(1, Party.REPORT, "later", DEC_10.plusDays(8)),
                made(2, Party.MANAGER, "undated", null), made(3, Party.MANAGER, "sooner", DEC_10.plusDays(5)));

        Recap recap = draft(held(10, DEC_10, "RFC"), commitments, Optional.empty());

        assertEquals("Revisit by Tue 15 Dec.", recap.lines().get(2));
    }

    @Test
    void aReviewDateBeforeTheSessionIsNotARevisitDate() {
        DevelopmentThread overdue = thread(7, DEC_10.minusDays(20), "public speaking", DEC_10.minusDays(1));

        Recap recap = draft(held(10, DEC_10, "RFC"), List.of(), Optional.of(overdue));

        assertEquals(List.of("Discussed RFC."), recap.lines());
    }

    @Test
    void aReviewOnTheSessionDayIsARevisitDate() {
        DevelopmentThread thread = thread(7, DEC_10.minusDays(20), "public speaking", DEC_10);

        Recap recap = draft(held(10, DEC_10, "RFC"), List.of(), Optional.of(thread));

        assertEquals(List.of("Discussed RFC.", "Revisit by Thu 10 Dec."), recap.lines());
    }

    @Test
    void undatedStepsHaveNoDateAndNoRevisitLine() {
        Recap recap = draft(held(10, DEC_10, "hiring"), List.of(made(1, Party.MANAGER, "ask finance", null)),
                Optional.empty());

        assertEquals(List.of("Discussed hiring.", "Next steps: me: ask finance."), recap.lines());
    }

    @Test
    void withoutFocusItListsEachSegmentsFirstLineOfNotesShortened() {
        String longLine = "Blocked on the staging database because ".repeat(4).strip();
        Session session = held(10, DEC_10, null, Map.of(
                Segment.DEVELOPMENT_THREAD, "\n  Ran the design review  \nsecond line",
                Segment.PROGRESS_CHECK, "Importer shipped\nmore detail",
                Segment.BLOCKER_CLEARING, longLine));

        String line = draft(session, List.of(), Optional.empty()).lines().get(0);

        String shortened = longLine.substring(0, RecapDrafter.NOTE_LENGTH - 1).stripTrailing() + "…";
        assertEquals("Discussed Importer shipped; " + shortened + "; Ran the design review.", line);
        assertTrue(shortened.length() <= RecapDrafter.NOTE_LENGTH);
    }

    @Test
    void withoutFocusOrNotesItNamesTheThreadsGrowthArea() {
        DevelopmentThread thread = thread(7, DEC_10, "stakeholder communication", null);

        Recap recap = draft(held(10, DEC_10, null), List.of(), Optional.of(thread));

        assertEquals("Discussed stakeholder communication.", recap.lines().get(0));
    }

    @Test
    void whenNothingIsKnownTheFirstLineAsksTheManagerToFillItIn() {
        Recap recap = draft(held(10, DEC_10, null), List.of(), Optional.empty());

        assertEquals(1, recap.lines().size());
        String line = recap.lines().get(0);
        assertTrue(line.startsWith("Discussed: …"), line);
        assertTrue(line.length() > "Discussed: …".length(), "tells the manager what to write: " + line);
        assertFalse(line.contains("recap."), line);
    }

    @Test
    void manyLongCommitmentsAreCutWithAnEllipsisNeverSplitIntoMoreLines() {
        List<Commitment> commitments = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> made(i, i % 2 == 0 ? Party.MANAGER : Party.REPORT,
                        "step " + i + " " + "é🎉 long words ".repeat(40), DEC_10.plusDays(i)))
                .toList();
        Session session = held(10, DEC_10, "x".repeat(1000));

        Recap recap = draft(session, commitments, Optional.empty());

        assertEquals(3, recap.lines().size());
        for (String line : recap.lines()) {
            assertTrue(line.length() <= Recap.MAX_LINE_LENGTH, line.length() + ": " + line);
            assertTrue(line.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no split surrogate pair");
        }
        assertTrue(recap.lines().get(0).endsWith("x…."), recap.lines().get(0));
        String steps = recap.lines().get(1);
        assertTrue(steps.startsWith("Next steps: Alex: step 1 "), steps);
        assertTrue(steps.endsWith("; …."), steps);
        assertFalse(steps.contains("step 30"), steps);
        assertEquals("Revisit by Fri 11 Dec.", recap.lines().get(2));
        assertEquals(recap.lines(), Recap.parse(recap.text()).lines());
    }

    @Test
    void lineBreaksInUserTextNeverAddALine() {
        Session session = held(10, DEC_10, "roadmap\nand hiring");
        List<Commitment> commitments = List.of(made(1, Party.REPORT, "send\r\nthe doc", DEC_10.plusDays(1)));

        Recap recap = draft(session, commitments, Optional.empty());

        assertEquals(List.of("Discussed roadmap and hiring.", "Next steps: Alex: send the doc by Fri 11 Dec.",
                "Revisit by Fri 11 Dec."), Recap.parse(recap.text()).lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "it's {0} done", "'{1,number}''", "日本語 — émoji 🎉",
            "{", "don''t"})
    void userTextComesOutLiterally(String text) {
        Session session = held(10, DEC_10, text);
        List<Commitment> commitments = List.of(made(1, Party.REPORT, text, DEC_10.plusDays(1)));

        Recap recap = DRAFTER.draft(session, commitments, Optional.empty(), party -> text);

        assertEquals("Discussed " + text + ".", recap.lines().get(0));
        assertEquals("Next steps: " + text + ": " + text + " by Fri 11 Dec.", recap.lines().get(1));
    }

    @Test
    void aMissingDisplayNameFallsBackToTheSidesLabel() {
        Recap recap = DRAFTER.draft(held(10, DEC_10, "RFC"), List.of(made(1, Party.REPORT, "draft it", null)),
                Optional.empty(), party -> null);

        assertEquals("Next steps: Report: draft it.", recap.lines().get(1));
    }

    @Test
    void datesFollowTheBundlePatternInTheLocale() {
        RecapDrafter german = new RecapDrafter(new BundleMessages(Locale.GERMAN), Locale.GERMAN, ZONE);

        Recap recap = german.draft(held(10, DEC_10, "RFC"), List.of(made(1, Party.REPORT, "x", DEC_10.plusDays(1))),
                Optional.empty(), NAMES);

        assertTrue(recap.lines().get(1).contains("11 Dez"), recap.lines().get(1));
        assertTrue(recap.lines().get(2).contains("11 Dez"), recap.lines().get(2));
        for (String line : recap.lines()) {
            assertFalse(line.endsWith(".."), "a period in the date does not double the sentence's: " + line);
        }
    }

    @Test
    void sendRecommendedOnlyWhenACommitmentHasADueDate() {
        Commitment dated = made(1, Party.REPORT, "dated", DEC_10.plusDays(2));
        Commitment undated = made(2, Party.MANAGER, "undated", null);

        assertTrue(RecapDrafter.shouldSend(List.of(undated, dated)));
        assertFalse(RecapDrafter.shouldSend(List.of(undated)));
        assertFalse(RecapDrafter.shouldSend(List.of()));
    }

    /** No raw key may reach the report: every progress, prep and recap key named in the sources has a text. */
    @Test
    void everyKeyNamedInTheseFeaturesHasAText() throws IOException {
        Pattern literalKey = Pattern.compile("\"((?:progress|prep|recap)\\.[a-z0-9.\\-]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String feature : List.of("progress", "prep", "recap")) {
            try (var sources = Files.list(Path.of("src/main/java/dev/throughline/core", feature))) {
                for (Path source : sources.toList()) {
                    Matcher m = literalKey.matcher(Files.readString(source));
                    while (m.find()) {
                        found++;
                        if (!BundleMessages.english().has(m.group(1))) {
                            missing.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(found >= 14, "keys found: " + found);
        assertEquals(List.of(), missing);
    }
}
