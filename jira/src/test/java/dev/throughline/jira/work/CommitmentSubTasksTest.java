package dev.throughline.jira.work;

import com.atlassian.jira.bc.issue.IssueService.CreateValidationResult;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Each commitment is a Commitment sub-task of its session's issue, assigned to its owner; a blocker follow-up blocks
 * the issue it unblocks; nothing is left half-made; completion is read back in one batch.
 */
class CommitmentSubTasksTest {

    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 3);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    private final JiraSite site = new JiraSite();
    private final JiraWorkItems workItems = site.workItems();
    private final Session session = Session.scheduled(site.pairing.id(), AT).withId(31);

    @Test
    void aCommitmentBecomesASubTaskOfTheSessionsIssueAssignedToItsOwnerAndDueWhenItIs() throws Exception {
        workItems.scheduled(site.pairing, session);
        MutableIssue parent = site.issues.get(site.sessionIssues.get(31L));

        Optional<String> key = workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Draft the staging DB request", DUE));

        MutableIssue subTask = site.issues.get(Long.valueOf(key.orElseThrow()));
        IssueInputParameters parameters = site.lastParameters();
        verify(parameters).setProjectId(JiraSite.PROJECT_ID);
        verify(parameters).setIssueTypeId("10101");
        verify(parameters).setSummary("Draft the staging DB request");
        verify(parameters).setAssigneeId("alex");
        verify(parameters).setDueDate("DAY:2026-12-10");
        verify(site.issueService).validateSubTaskCreate(site.morgan, parent.getId(), parameters);
        InOrder order = inOrder(site.issueService, site.subTasks);
        order.verify(site.issueService).create(eq(site.morgan), any(CreateValidationResult.class));
        order.verify(site.subTasks).createSubTaskIssueLink(parent, subTask, site.morgan);
        verifyNoInteractions(site.links);
    }

    @Test
    void theManagersCommitmentIsAssignedToTheManagerAndOneWithoutADateHasNoDueDate() {
        workItems.committed(site.pairing, session, commitment(Party.MANAGER, "Ask infra", null));

        verify(site.lastParameters()).setAssigneeId("morgan");
        verify(site.lastParameters(), never()).setDueDate(any());
    }

    @Test
    void aSessionWithoutAnIssueYetGetsOneFirst() {
        Optional<String> key = workItems.committed(site.pairing, session, commitment(Party.REPORT, "Write it", DUE));

        long parentId = site.sessionIssues.get(31L);
        verify(site.issueService).validateCreate(eq(site.morgan), any());
        verify(site.issueService).validateSubTaskCreate(eq(site.morgan), eq(parentId), any());
        assertNotEquals(String.valueOf(parentId), key.orElseThrow());
    }

    @Test
    void aBlockerFollowUpBlocksTheIssueItUnblocks() throws Exception {
        MutableIssue blocked = site.existing("OPS-12", true);

        Optional<String> key = workItems.committed(site.pairing, session,
                Commitment.blockerFollowUp(site.pairing.id(), 31, MADE, "Get the staging DB approved", DUE, " OPS-12"));

        long followUp = Long.parseLong(key.orElseThrow());
        verify(site.linkTypes).getIssueLinkTypesByName("Blocks");
        verify(site.links).createIssueLink(followUp, blocked.getId(), JiraSite.BLOCKS_ID, null, site.morgan);
    }

    @Test
    void anIssueKeyTheManagerCannotSeeIsRefusedBeforeAnythingIsCreated() {
        site.existing("SEC-1", false);

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                Commitment.blockerFollowUp(site.pairing.id(), 31, MADE, "Chase it", DUE, "SEC-1")));

        assertEquals("throughline.work.blockedUnknown", refusal.key());
        assertEquals(Optional.of("blockedItemKey"), refusal.field());
        assertTrue(refusal.getMessage().contains("SEC-1"), refusal.getMessage());
        verify(site.issueService, never()).validateCreate(any(), any());
        verify(site.issueService, never()).validateSubTaskCreate(any(), anyLong(), any());
    }

    @Test
    void withoutABlocksLinkTypeTheFollowUpIsRefusedBeforeAnythingIsCreated() {
        site.existing("OPS-12", true);
        when(site.linkTypes.getIssueLinkTypesByName("Blocks")).thenReturn(List.of());

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                Commitment.blockerFollowUp(site.pairing.id(), 31, MADE, "Chase it", DUE, "OPS-12")));

        assertEquals("throughline.work.linkTypeMissing", refusal.key());
        verify(site.issueService, never()).validateSubTaskCreate(any(), anyLong(), any());
    }

    @Test
    void jirasValidationErrorsAreTheRefusalsMessageAndNothingIsCreated() {
        workItems.scheduled(site.pairing, session);
        CreateValidationResult refused = JiraSite.refusedCreation(JiraSite.errors(
                List.of("You do not have permission to create sub-tasks."), Map.of("duedate", "Due date is required.")));
        when(site.issueService.validateSubTaskCreate(any(), anyLong(), any())).thenReturn(refused);
        int issuesBefore = site.issues.size();

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Write it", DUE)));

        assertEquals("throughline.work.refused", refusal.key());
        assertEquals("Jira refused the commitment: You do not have permission to create sub-tasks.; Due date is"
                + " required.", refusal.getMessage());
        verify(site.issueService, never()).create(eq(site.morgan), eq(refused));
        assertEquals(issuesBefore, site.issues.size());
        verifyNoInteractions(site.subTasks);
    }

    @Test
    void aSessionIssueMadeForARefusedCommitmentIsDeletedToo() throws Exception {
        CreateValidationResult refused = JiraSite.refusedCreation(JiraSite.errors(
                List.of("You do not have permission to create sub-tasks."), Map.of()));
        when(site.issueService.validateSubTaskCreate(any(), anyLong(), any())).thenReturn(refused);

        assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Write it", DUE)));

        long parentId = site.sessionIssues.get(31L);
        verify(site.issueManager).deleteIssueNoEvent(site.issues.get(parentId));
    }

    @Test
    void aSubTaskThatCannotBeLinkedToItsSessionIsDeletedAgain() throws Exception {
        CreateException failure = mock(CreateException.class);
        when(failure.getMessage()).thenReturn("change item not written");
        doThrow(failure).when(site.subTasks).createSubTaskIssueLink(any(), any(), any());

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Write it", DUE)));

        assertEquals("throughline.work.linkFailed", refusal.key());
        assertTrue(refusal.getMessage().contains("change item not written"), refusal.getMessage());
        assertEquals(failure, refusal.getCause());
        verify(site.issueManager).deleteIssueNoEvent(subTaskCreated());
    }

    @Test
    void aFollowUpThatCannotBlockItsIssueIsDeletedAgain() throws Exception {
        site.existing("OPS-12", true);
        doThrow(new IllegalStateException("link table locked")).when(site.links)
                .createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                Commitment.blockerFollowUp(site.pairing.id(), 31, MADE, "Chase it", DUE, "OPS-12")));

        assertEquals("throughline.work.linkFailed", refusal.key());
        verify(site.issueManager).deleteIssueNoEvent(subTaskCreated());
    }

    @Test
    void aSubTaskThatCannotBeDeletedEitherIsNamedSoItCanBeRemovedByHand() throws Exception {
        doThrow(new IllegalStateException("no link")).when(site.subTasks).createSubTaskIssueLink(any(), any(), any());
        RemoveException stuck = mock(RemoveException.class);
        doThrow(stuck).when(site.issueManager).deleteIssueNoEvent(any(Issue.class));

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Write it", DUE)));

        assertEquals("throughline.work.linkFailedLeft", refusal.key());
        assertEquals(String.valueOf(subTaskCreated().getId()), refusal.args()[1]);
        assertEquals(stuck, refusal.getCause().getSuppressed()[0]);
    }

    @Test
    void withoutAProjectACommitmentIsThroughlinesAlone() {
        when(site.settings.get(any())).thenReturn(" ");

        assertEquals(Optional.empty(), workItems.committed(site.pairing, session,
                commitment(Party.REPORT, "Write it", DUE)));
        verifyNoInteractions(site.issueService);
    }

    @Test
    void aLongCommitmentIsCutToJirasSummaryLength() {
        String text = "x".repeat(400);

        workItems.committed(site.pairing, session, commitment(Party.REPORT, text, DUE));

        verify(site.lastParameters()).setSummary("x".repeat(254) + "\u2026");
    }

    @Test
    void discardDeletesTheSubTask() throws Exception {
        String key = workItems.committed(site.pairing, session, commitment(Party.REPORT, "Write it", DUE))
                .orElseThrow();
        MutableIssue subTask = site.issues.get(Long.valueOf(key));

        workItems.discard(key);

        verify(site.issueManager).deleteIssueNoEvent(subTask);
    }

    @Test
    void discardingWhatJiraNoLongerHasOrWhatIsNoIssueIdDoesNothing() throws Exception {
        workItems.discard("987654");
        workItems.discard("OPS-12");

        verify(site.issueManager, never()).deleteIssueNoEvent(any(Issue.class));
    }

    @Test
    void completionIsReadInOneBatchAndOnlyResolvedIssuesAnswer() {
        MutableIssue resolved = site.issue();
        MutableIssue open = site.issue();
        Timestamp resolvedAt = Timestamp.valueOf(LocalDateTime.of(2026, 12, 9, 16, 30));
        when(resolved.getResolutionDate()).thenReturn(resolvedAt);
        List<String> keys = new ArrayList<>(List.of(key(resolved), key(open), "404404", "OPS-1", " "));
        for (int i = 0; i < 50; i++) {
            keys.add(key(site.issue()));
        }
        List<Collection<Long>> batches = new ArrayList<>();
        when(site.issueManager.getIssueObjects(anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(0);
            batches.add(List.copyOf(ids));
            return ids.stream().map(site.issues::get).filter(java.util.Objects::nonNull).map(Issue.class::cast)
                    .toList();
        });

        Map<String, Optional<LocalDate>> known = workItems.completed(keys);

        assertEquals(Optional.of(LocalDate.of(2026, 12, 9)), known.get(key(resolved)));
        assertEquals(Optional.empty(), known.get(key(open)), "an open sub-task is known and open");
        assertFalse(known.containsKey("404404"), "a deleted one is not known at all");
        assertEquals(52, known.size(), "the resolved, the open and the fifty others");
        assertEquals(1, batches.size(), "one call for all keys");
        assertEquals(53, batches.get(0).size(), "every key that is an issue id, and only those");
    }

    @Test
    void noKeysNoCall() {
        assertEquals(Map.of(), workItems.completed(List.of()));
        assertEquals(Map.of(), workItems.completed(List.of("OPS-1", "")));

        verify(site.issueManager, times(0)).getIssueObjects(anyCollection());
    }

    private Commitment commitment(Party owner, String text, LocalDate due) {
        return Commitment.make(site.pairing.id(), 31, MADE, owner, text, due, CommitmentKind.OTHER);
    }

    /** The sub-task the last creation made: the newest issue. */
    private MutableIssue subTaskCreated() {
        return site.issues.values().stream().max(java.util.Comparator.comparing(Issue::getId)).orElseThrow();
    }

    private static String key(Issue issue) {
        return String.valueOf(issue.getId());
    }
}
