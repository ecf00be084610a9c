package dev.throughline.jira.work;

import com.atlassian.jira.bc.issue.IssueService.CreateValidationResult;
import com.atlassian.jira.bc.issue.IssueService.UpdateValidationResult;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Each session is a One-on-One issue: created when scheduled, filled in when held, marked when cancelled or moved. */
class SessionIssuesTest {

    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");

    private final JiraSite site = new JiraSite();
    private final JiraWorkItems workItems = site.workItems();
    private final Session session = Session.scheduled(site.pairing.id(), AT).withId(31);

    @Test
    void aScheduledSessionBecomesAOneOnOneIssueReportedByTheManagerAndAssignedToTheReport() throws Exception {
        workItems.scheduled(site.pairing, session);

        IssueInputParameters parameters = site.lastParameters();
        verify(parameters).setSkipScreenCheck(true);
        verify(parameters).setProjectId(JiraSite.PROJECT_ID);
        verify(parameters).setSecurityLevelId(JiraSite.SECURITY_LEVEL);
        verify(parameters).setIssueTypeId("10100");
        verify(parameters).setReporterId("morgan");
        verify(parameters).setAssigneeId("alex");
        verify(parameters).setSummary("1:1 Morgan Lee / Alex Kim \u2014 " + LocalDate.ofInstant(AT, JiraSite.ZONE));
        verify(parameters).addCustomFieldValue(site.field(SessionField.SESSION_DATE), "AT:" + AT);
        verify(site.issueService).validateCreate(eq(site.morgan), eq(parameters));
        verify(site.issueService).create(eq(site.morgan), any(CreateValidationResult.class));
        assertEquals(1, site.sessionIssues.size());
        assertTrue(site.issues.containsKey(site.sessionIssues.get(31L)), "the session remembers its issue");
    }

    @Test
    void aSessionAlreadyInJiraIsNotCreatedTwice() {
        workItems.scheduled(site.pairing, session);
        workItems.scheduled(site.pairing, session);

        verify(site.issueService, org.mockito.Mockito.times(1)).validateCreate(any(), any());
    }

    @Test
    void withoutAProjectNothingIsCreatedAndThroughlineKeepsItsOwnRecords() {
        when(site.settings.get(anyString())).thenReturn(null);

        workItems.scheduled(site.pairing, session);

        verifyNoInteractions(site.issueService, site.activeObjects);
    }

    @Test
    void aProjectWithoutADefaultSecurityLevelGetsNoOneOnOnesAtAll() {
        when(site.security.getDefaultSecurityLevel(site.project)).thenReturn(null);

        workItems.scheduled(site.pairing, session);
        Optional<String> key = workItems.committed(site.pairing, session, Commitment.make(site.pairing.id(),
                session.id(), LocalDate.ofInstant(AT, JiraSite.ZONE), Party.REPORT, "Send the agenda", null,
                CommitmentKind.OTHER));

        assertEquals(Optional.empty(), key, "the commitment stays Throughline's own");
        verifyNoInteractions(site.issueService);
    }

    @Test
    void withoutTheIssueTypesNothingIsCreated() {
        when(site.issueTypes.getIssueTypes()).thenReturn(List.of(site.oneOnOne));

        workItems.scheduled(site.pairing, session);

        verifyNoInteractions(site.issueService);
    }

    @Test
    void aMissingSessionDateFieldIsSkippedNotAnError() {
        when(site.fields.getCustomFieldObjectsByName("Session date")).thenReturn(List.of());

        workItems.scheduled(site.pairing, session);

        verify(site.lastParameters(), never()).addCustomFieldValue(anyLong(), any(String[].class));
        assertEquals(1, site.sessionIssues.size());
    }

    @Test
    void jirasRefusalIsTheManagersMessageAndNothingIsRemembered() {
        CreateValidationResult refused = JiraSite.refusedCreation(JiraSite.errors(List.of(),
                Map.of("assignee", "User 'alex' cannot be assigned issues.")));
        when(site.issueService.validateCreate(any(), any())).thenReturn(refused);

        WorkRefusal refusal = assertThrows(WorkRefusal.class, () -> workItems.scheduled(site.pairing, session));

        assertEquals("throughline.work.sessionRefused", refusal.key());
        assertEquals("Jira refused the one-on-one's issue: User 'alex' cannot be assigned issues.",
                refusal.getMessage());
        verify(site.issueService, never()).create(any(), any(CreateValidationResult.class));
        assertTrue(site.sessionIssues.isEmpty());
    }

    @Test
    void anIssueWhoseSessionCannotBeRememberedIsRemovedAgain() throws Exception {
        when(site.activeObjects.create(eq(SessionIssueEntity.class), anyMap()))
                .thenThrow(new IllegalStateException("database gone"));

        assertThrows(IllegalStateException.class, () -> workItems.scheduled(site.pairing, session));

        MutableIssue created = site.issues.values().iterator().next();
        verify(site.issueManager).deleteIssueNoEvent(created);
    }

    @Test
    void aHeldSessionWritesItsNotesTalkShareAndRecapIntoTheIssuesFields() {
        workItems.scheduled(site.pairing, session);
        long issueId = site.sessionIssues.get(31L);
        Instant start = AT.plusSeconds(60);
        Session held = session.openSegment(Segment.PROGRESS_CHECK, start)
                .recordNotes(Segment.PROGRESS_CHECK, "Shipped the importer.")
                .openSegment(Segment.BLOCKER_CLEARING, start.plusSeconds(600))
                .recordNotes(Segment.BLOCKER_CLEARING, "Waiting on infra for a staging DB.")
                .openSegment(Segment.DEVELOPMENT_THREAD, start.plusSeconds(1200))
                .recordNotes(Segment.DEVELOPMENT_THREAD, "Led the design review.")
                .recordTalk(new TalkTime(700, 1100))
                .hold(start.plusSeconds(2000))
                .withRecap(Recap.parse("Discussed the importer.\nNext: staging DB by Thursday."));

        workItems.updated(site.pairing, held);

        IssueInputParameters parameters = site.lastParameters();
        verify(parameters).addCustomFieldValue(site.field(SessionField.PROGRESS_CHECK), "Shipped the importer.");
        verify(parameters).addCustomFieldValue(site.field(SessionField.BLOCKER_CLEARING),
                "Waiting on infra for a staging DB.");
        verify(parameters).addCustomFieldValue(site.field(SessionField.DEVELOPMENT_THREAD), "Led the design review.");
        verify(parameters).addCustomFieldValue(site.field(SessionField.TALK_SHARE), "39");
        verify(parameters).addCustomFieldValue(site.field(SessionField.RECAP),
                "Discussed the importer.\nNext: staging DB by Thursday.");
        verify(parameters).setSkipScreenCheck(true);
        verify(site.issueService).validateUpdate(site.morgan, issueId, parameters);
        verify(site.issueService).update(eq(site.morgan), any(UpdateValidationResult.class));
    }

    @Test
    void notesRemovedFromAHeldSessionAreClearedFromItsIssue() {
        workItems.scheduled(site.pairing, session);
        Session held = session.openSegment(Segment.PROGRESS_CHECK, AT).recordNotes(Segment.PROGRESS_CHECK,
                "Salary talk, first draft.").hold(AT.plusSeconds(600));
        workItems.updated(site.pairing, held);
        verify(site.lastParameters()).addCustomFieldValue(site.field(SessionField.PROGRESS_CHECK),
                "Salary talk, first draft.");

        workItems.updated(site.pairing, held.recordNotes(Segment.PROGRESS_CHECK, " "));

        IssueInputParameters parameters = site.lastParameters();
        verify(parameters).addCustomFieldValue(site.field(SessionField.PROGRESS_CHECK), "");
        verify(parameters).addCustomFieldValue(site.field(SessionField.BLOCKER_CLEARING), "");
        verify(parameters).addCustomFieldValue(site.field(SessionField.DEVELOPMENT_THREAD), "");
        verify(parameters).addCustomFieldValue(site.field(SessionField.RECAP), "");
        verify(parameters, never()).addCustomFieldValue(eq(site.field(SessionField.TALK_SHARE)), any(String[].class));
        verify(site.issueService, times(2)).update(eq(site.morgan), any(UpdateValidationResult.class));
    }

    @Test
    void aFieldJiraLacksIsSkippedAndTheOthersStillWritten() {
        workItems.scheduled(site.pairing, session);
        when(site.fields.getCustomFieldObjectsByName("Recap")).thenReturn(List.of());
        Session held = session.hold(AT.plusSeconds(60)).withRecap(Recap.parse("Discussed the importer."))
                .recordTalk(new TalkTime(1, 3));

        workItems.updated(site.pairing, held);

        verify(site.lastParameters()).addCustomFieldValue(site.field(SessionField.TALK_SHARE), "25");
        verify(site.lastParameters(), never()).addCustomFieldValue(eq(site.field(SessionField.RECAP)),
                any(String[].class));
    }

    @Test
    void aCancelledOrMovedSessionSaysSoInItsSummary() {
        workItems.scheduled(site.pairing, session);
        String summary = "1:1 Morgan Lee / Alex Kim \u2014 " + LocalDate.ofInstant(AT, JiraSite.ZONE);

        workItems.updated(site.pairing, session.cancel(AT));
        verify(site.lastParameters()).setSummary(summary + " (cancelled)");

        Instant later = AT.plusSeconds(7 * 86_400);
        workItems.updated(site.pairing, session.reschedule(later, AT));
        verify(site.lastParameters()).setSummary(summary + " (moved to " + LocalDate.ofInstant(later, JiraSite.ZONE)
                + ")");
    }

    @Test
    void aSessionJiraDoesNotHoldIsLeftAlone() {
        workItems.updated(site.pairing, session.hold(AT.plusSeconds(60)));

        verifyNoInteractions(site.issueService);
    }

    @Test
    void aSessionWhoseIssueWasDeletedInJiraStillRuns() {
        workItems.scheduled(site.pairing, session);
        site.issues.remove(site.sessionIssues.get(31L));

        workItems.updated(site.pairing, session.cancel(AT));

        verify(site.issueService, never()).validateUpdate(any(), anyLong(), any());
        assertEquals(1, site.parameters.size(), "no issue made again: only the first one's parameters");
    }

    @Test
    void aSessionTakenBackLosesItsIssue() throws Exception {
        workItems.scheduled(site.pairing, session);
        MutableIssue made = site.issues.get(site.sessionIssues.get(31L));

        workItems.unscheduled(session);

        verify(site.issueManager).deleteIssueNoEvent(made);
        workItems.unscheduled(session.withId(32)); // no issue: nothing to take back
        verify(site.issueManager, times(1)).deleteIssueNoEvent(any());
    }

    @Test
    void anUpdateJiraRefusesIsTheManagersMessage() {
        workItems.scheduled(site.pairing, session);
        UpdateValidationResult refused = org.mockito.Mockito.mock(UpdateValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        var errors = JiraSite.errors(List.of("You may not edit this issue."));
        when(refused.getErrorCollection()).thenReturn(errors);
        when(site.issueService.validateUpdate(any(), anyLong(), any())).thenReturn(refused);

        WorkRefusal refusal = assertThrows(WorkRefusal.class,
                () -> workItems.updated(site.pairing, session.cancel(AT)));

        assertEquals("Jira refused to update the one-on-one's issue: You may not edit this issue.", refusal.getMessage());
        verify(site.issueService, never()).update(any(), any(UpdateValidationResult.class));
    }

    @Test
    void aRememberedSessionMovesToItsNewIssueWhenRecordedAgain() {
        site.sessionIssues.put(31L, 99L);
        doThrow(new AssertionError("no second row")).when(site.activeObjects).create(eq(SessionIssueEntity.class),
                anyMap());

        new SessionIssues(new dev.throughline.jira.store.ActiveObjectsAccess(site.activeObjects)).remember(31, 100);

        assertEquals(Map.of(31L, 100L), site.sessionIssues);
    }
}
