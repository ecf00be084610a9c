package dev.throughline.core.commitment;

import dev.throughline.core.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitmentTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);

    private static Commitment due(LocalDate dueDate) {
        return Commitment.make(1, 10, MADE, Party.REPORT, "Draft the migration plan", dueDate, CommitmentKind.OTHER);
    }

    @Test
    void openUntilPastDueThenMissed() {
        Commitment c = due(LocalDate.of(2026, 11, 6));
        assertEquals(CommitmentStatus.OPEN, c.status(LocalDate.of(2026, 11, 5)));
        assertEquals(CommitmentStatus.OPEN, c.status(LocalDate.of(2026, 11, 6)));
        assertEquals(CommitmentStatus.MISSED, c.status(LocalDate.of(2026, 11, 7)));
    }

    @Test
    void doneWinsOverPastDue() {
        Commitment c = due(LocalDate.of(2026, 11, 6)).complete(LocalDate.of(2026, 11, 9));
        assertEquals(CommitmentStatus.DONE, c.status(LocalDate.of(2026, 12, 1)));
        assertThrows(DomainException.class, () -> c.complete(LocalDate.of(2026, 11, 10)));
        assertEquals(CommitmentStatus.MISSED, c.reopen().status(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void withoutADueDateItIsNeverMissedAndNotSpecific() {
        Commitment c = due(null);
        assertEquals(CommitmentStatus.OPEN, c.status(LocalDate.of(2030, 1, 1)));
        assertFalse(c.isSpecific());
        assertTrue(due(MADE).isSpecific());
    }

    @Test
    void blockerFollowUpIsTheManagersOwnTask() {
        Commitment followUp = Commitment.blockerFollowUp(1, 10, MADE, "Get back on the budget", MADE.plusDays(3),
                "OPS-42");
        assertEquals(Party.MANAGER, followUp.owner());
        assertEquals(CommitmentKind.BLOCKER_FOLLOW_UP, followUp.kind());
        assertEquals("OPS-42", followUp.blockedItem().orElseThrow());

        DomainException e = assertThrows(DomainException.class, () -> Commitment.make(1, 10, MADE, Party.REPORT,
                "x", null, CommitmentKind.BLOCKER_FOLLOW_UP));
        assertEquals("owner", e.field().orElseThrow());
    }

    @Test
    void onlyAFollowUpPointsAtABlockedItem() {
        assertThrows(DomainException.class, () -> new Commitment(0, 1, 10, MADE, Party.MANAGER, "x", null,
                CommitmentKind.OTHER, null, null, "OPS-1"));
    }

    @Test
    void dueDateCannotPrecedeTheSession() {
        DomainException e = assertThrows(DomainException.class, () -> due(MADE.minusDays(1)));
        assertEquals("dueDate", e.field().orElseThrow());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void textIsRequired(String text) {
        DomainException e = assertThrows(DomainException.class,
                () -> Commitment.make(1, 10, MADE, Party.REPORT, text, null, CommitmentKind.OTHER));
        assertEquals("error.required", e.key());
        assertEquals("text", e.field().orElseThrow());
    }

    @Test
    void ownerAndKindAreRequired() {
        assertEquals("owner", assertThrows(DomainException.class,
                () -> Commitment.make(1, 10, MADE, null, "x", null, CommitmentKind.OTHER)).field().orElseThrow());
        assertEquals("kind", assertThrows(DomainException.class,
                () -> Commitment.make(1, 10, MADE, Party.REPORT, "x", null, null)).field().orElseThrow());
    }

    @Test
    void textKeepsUnicodeAndMarkupLiterally() {
        Commitment c = Commitment.make(1, 10, MADE, Party.REPORT, "  Über <b>naïve</b> 🚀 ", null,
                CommitmentKind.OTHER);
        assertEquals("Über <b>naïve</b> 🚀", c.text());
    }

    @Test
    void managerTaskListHoldsOnlyTheManagersOpenItemsMissedFirst() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        Commitment later = Commitment.blockerFollowUp(1, 10, MADE, "later", LocalDate.of(2026, 11, 25), null).withId(1);
        Commitment missed = Commitment.make(2, 11, MADE, Party.MANAGER, "missed", LocalDate.of(2026, 11, 10),
                CommitmentKind.OTHER).withId(2);
        Commitment soon = Commitment.make(1, 10, MADE, Party.MANAGER, "soon", LocalDate.of(2026, 11, 21),
                CommitmentKind.OTHER).withId(3);
        Commitment undated = Commitment.make(1, 10, MADE, Party.MANAGER, "undated", null,
                CommitmentKind.OTHER).withId(4);
        Commitment done = Commitment.make(1, 10, MADE, Party.MANAGER, "done", null, CommitmentKind.OTHER).withId(5)
                .complete(MADE);
        Commitment reports = due(LocalDate.of(2026, 11, 1).plusDays(1)).withId(6);

        List<TrackedCommitment> tasks = ManagerTaskList.of(List.of(undated, later, done, reports, soon, missed), today);

        assertEquals(List.of("missed", "soon", "later", "undated"),
                tasks.stream().map(t -> t.commitment().text()).toList());
        assertEquals(CommitmentStatus.MISSED, tasks.get(0).status());
    }
}
