package dev.throughline.jira.work;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.service.WorkItems;
import dev.throughline.core.session.Session;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jira tracks the one-on-ones: each session a One-on-One issue in the configured project, each commitment a Commitment
 * sub-task of it, a blocker follow-up linked to the issue it unblocks. A commitment's key is its sub-task's issue id,
 * which stays the same when the issue moves to another project. While no project is chosen (or Jira lacks the issue
 * types) nothing is tracked and Throughline works on its own records.
 */
@Named
public class JiraWorkItems implements WorkItems {

    /** An issue id: digits, few enough for a long. */
    private static final Pattern ISSUE_ID = Pattern.compile("\\d{1,18}");

    private final WorkSchema schema;
    private final SessionIssues sessions;
    private final JiraActors actors;
    private final IssueCalls issues;
    private final OneOnOneIssues oneOnOnes;
    private final CommitmentIssues commitments;
    private final BlockerLinks blockers;
    private final ZoneId zone;

    @Inject
    public JiraWorkItems(WorkSchema schema, SessionIssues sessions, JiraActors actors, IssueCalls issues,
            OneOnOneIssues oneOnOnes, CommitmentIssues commitments, BlockerLinks blockers) {
        this(schema, sessions, actors, issues, oneOnOnes, commitments, blockers, ZoneId.systemDefault());
    }

    JiraWorkItems(WorkSchema schema, SessionIssues sessions, JiraActors actors, IssueCalls issues,
            OneOnOneIssues oneOnOnes, CommitmentIssues commitments, BlockerLinks blockers, ZoneId zone) {
        this.schema = schema;
        this.sessions = sessions;
        this.actors = actors;
        this.issues = issues;
        this.oneOnOnes = oneOnOnes;
        this.commitments = commitments;
        this.blockers = blockers;
        this.zone = zone;
    }

    @Override
    public void scheduled(Pairing pairing, Session session) {
        Optional<WorkSchema.Setup> setup = schema.setup();
        if (setup.isPresent() && sessions.issueOf(session.id()).isEmpty()) {
            oneOnOnes.create(pairing, session, setup.get(), actors.acting());
        }
    }

    /**
     * Writes the change into the session's issue while Jira still has it; an issue deleted in Jira is not written to
     * (nor made again), so the session can still be run, finished and moved.
     */
    @Override
    public void updated(Pairing pairing, Session session) {
        sessions.issueOf(session.id()).flatMap(issues::issue).ifPresent(issue ->
                oneOnOnes.update(pairing, session, issue.getId(), actors.acting()));
    }

    /** Deletes the session's issue made by {@link #scheduled}; Throughline's record of it rolls back with the move. */
    @Override
    public void unscheduled(Session session) {
        sessions.issueOf(session.id()).flatMap(issues::issue).ifPresent(made ->
                delete(made, "throughline.work.unscheduleFailed", String.valueOf(made.getId())));
    }

    @Override
    public Optional<String> committed(Pairing pairing, Session session, Commitment commitment) {
        Optional<WorkSchema.Setup> setup = schema.setup();
        if (setup.isEmpty()) {
            return Optional.empty();
        }
        ApplicationUser user = actors.acting();
        Optional<BlockerLinks.Blocker> blocker = commitment.blockedItem().map(key -> blockers.find(user, key));
        Optional<MutableIssue> existing = sessions.issueOf(session.id()).flatMap(issues::issue);
        MutableIssue parent = existing.orElseGet(() -> oneOnOnes.create(pairing, session, setup.get(), user));
        try {
            return Optional.of(String.valueOf(commitments.create(pairing, commitment, setup.get(), parent, blocker,
                    user)));
        } catch (RuntimeException e) {
            // The session's issue made for this commitment goes too: the refusal rolls back Throughline's record of
            // it, and a retry would otherwise leave one more One-on-One issue behind each time.
            if (existing.isEmpty()) {
                issues.undone(parent, e);
            }
            throw e;
        }
    }

    @Override
    public void discard(String key) {
        id(key).flatMap(issues::issue).ifPresent(subTask -> delete(subTask, "throughline.work.discardFailed", key));
    }

    /** Deletes an issue Throughline made; Jira's refusal is the manager's message {@code refusal}, naming it. */
    private void delete(MutableIssue issue, String refusal, String named) {
        try {
            issues.delete(issue);
        } catch (RemoveException | RuntimeException e) {
            throw new WorkRefusal(refusal, null, named, WorkRefusal.describe(e)).causedBy(e);
        }
    }

    @Override
    public Map<String, Optional<LocalDate>> completed(Collection<String> keys) {
        Map<Long, String> byId = new LinkedHashMap<>();
        for (String key : keys) {
            id(key).ifPresent(id -> byId.putIfAbsent(id, key));
        }
        if (byId.isEmpty()) {
            return Map.of();
        }
        Map<String, Optional<LocalDate>> known = new LinkedHashMap<>();
        for (Issue issue : issues.issues(List.copyOf(byId.keySet()))) {
            String key = byId.get(issue.getId());
            if (key != null) {
                Timestamp resolved = issue.getResolutionDate();
                known.put(key, Optional.ofNullable(resolved).map(at -> LocalDate.ofInstant(at.toInstant(), zone)));
            }
        }
        return known;
    }

    /** A key as the issue id it is; anything else names no issue. */
    private static Optional<Long> id(String key) {
        return key != null && ISSUE_ID.matcher(key.strip()).matches() ? Optional.of(Long.valueOf(key.strip()))
                : Optional.empty();
    }
}
