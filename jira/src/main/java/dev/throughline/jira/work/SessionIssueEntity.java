package dev.throughline.jira.work;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Which Jira issue holds a session: one row per session that has one. The issue's id, not its key, so the link survives
 * the issue moving to another project.
 */
@Table("SESSION_ISSUE")
public interface SessionIssueEntity extends Entity {

    @NotNull
    @Indexed
    @Unique
    long getSessionId();

    void setSessionId(long sessionId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);
}
