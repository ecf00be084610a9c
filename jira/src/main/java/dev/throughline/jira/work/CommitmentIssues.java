package dev.throughline.jira.work;

import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.pairing.Pairing;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Each commitment as a Commitment sub-task of its session's issue: assigned to its owner, its text the summary, its due
 * date Jira's. Created the way Jira's own sub-task form does it (create the issue, then link it to its parent); a
 * blocker follow-up is then linked to the issue it unblocks. Whatever fails after the sub-task exists deletes it again.
 */
@Named
public class CommitmentIssues {

    private final IssueCalls issues;
    private final JiraActors actors;
    private final PickerDates dates;
    private final BlockerLinks blockers;
    private final SubTaskManager subTasks;

    @Inject
    public CommitmentIssues(IssueCalls issues, JiraActors actors, PickerDates dates, BlockerLinks blockers,
            @ComponentImport SubTaskManager subTasks) {
        this.issues = issues;
        this.actors = actors;
        this.dates = dates;
        this.blockers = blockers;
        this.subTasks = subTasks;
    }

    /** Creates the commitment's sub-task under {@code parent} as {@code user} and answers its id. */
    Long create(Pairing pairing, Commitment commitment, WorkSchema.Setup setup, MutableIssue parent,
            Optional<BlockerLinks.Blocker> blocker, ApplicationUser user) {
        ApplicationUser owner = actors.user(commitment.owner() == Party.REPORT ? pairing.report() : pairing.manager());
        IssueInputParameters parameters = issues.parameters();
        parameters.setProjectId(parent.getProjectObject().getId());
        parameters.setIssueTypeId(setup.commitment().getId());
        parameters.setSummary(IssueText.summary(commitment.text()));
        parameters.setAssigneeId(owner.getUsername());
        commitment.due().ifPresent(due -> parameters.setDueDate(dates.day(due)));
        MutableIssue subTask = issues.createSubTask(user, parent.getId(), parameters, "throughline.work.refused");
        try {
            subTasks.createSubTaskIssueLink(parent, subTask, user);
            if (blocker.isPresent()) {
                blockers.link(user, subTask, blocker.get());
            }
        } catch (CreateException | RuntimeException e) {
            boolean undone = issues.undone(subTask, e);
            throw new WorkRefusal(undone ? "throughline.work.linkFailed" : "throughline.work.linkFailedLeft", null,
                    WorkRefusal.describe(e), String.valueOf(subTask.getId())).causedBy(e);
        }
        return subTask.getId();
    }
}
