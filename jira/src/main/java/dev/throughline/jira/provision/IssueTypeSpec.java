package dev.throughline.jira.provision;

/**
 * An issue type the method needs in Jira: each one-on-one is an issue and each commitment made in it a sub-task, so
 * commitments show on boards and in filters like any other work. Names are what Jira and JQL know them by.
 */
public record IssueTypeSpec(String name, String description, boolean subTask) {

    public static final IssueTypeSpec ONE_ON_ONE = new IssueTypeSpec("One-on-One",
            "A one-on-one between a manager and a direct report: Progress Check, Blocker Clearing and the"
                    + " Development Thread.", false);

    public static final IssueTypeSpec COMMITMENT = new IssueTypeSpec("Commitment",
            "What the manager or the report agreed to do in a one-on-one; the next one-on-one reviews it.", true);
}
