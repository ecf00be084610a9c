package dev.throughline.jira.work;

import dev.throughline.jira.store.ActiveObjectsAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.Map;
import java.util.Optional;

/** The sessions' Jira issues, by session id, in the plugin's Active Objects table. */
@Named
public class SessionIssues {

    private final ActiveObjectsAccess db;

    @Inject
    public SessionIssues(ActiveObjectsAccess db) {
        this.db = db;
    }

    /** The id of the issue that holds the session, if it has one. */
    public Optional<Long> issueOf(long sessionId) {
        return db.inTransaction(() -> find(sessionId).map(SessionIssueEntity::getIssueId));
    }

    /** The session an issue holds, if it is a session's issue (the issue view's panel asks). */
    public Optional<Long> sessionOf(long issueId) {
        SessionIssueEntity[] rows = db.find(SessionIssueEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getSessionId());
    }

    /** Records (or replaces) the issue that holds the session. */
    public void remember(long sessionId, long issueId) {
        db.inTransaction(() -> {
            Optional<SessionIssueEntity> row = find(sessionId);
            if (row.isPresent()) {
                row.get().setIssueId(issueId);
                row.get().save();
            } else {
                db.create(SessionIssueEntity.class, Map.of("SESSION_ID", sessionId, "ISSUE_ID", issueId));
            }
            return null;
        });
    }

    private Optional<SessionIssueEntity> find(long sessionId) {
        SessionIssueEntity[] rows = db.find(SessionIssueEntity.class,
                Query.select().where("SESSION_ID = ?", sessionId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
