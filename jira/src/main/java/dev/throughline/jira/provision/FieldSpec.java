package dev.throughline.jira.provision;

import java.util.List;

/**
 * A custom field of the One-on-One issue type: its name, what it holds, its type and the searcher that makes it
 * usable in JQL. Keys are Jira's system custom field types and searchers.
 */
public record FieldSpec(String name, String description, String typeKey, String searcherKey) {

    static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
    static final String TEXT_AREA = SYSTEM + "textarea";
    static final String TEXT_SEARCHER = SYSTEM + "textsearcher";
    static final String DATE_TIME = SYSTEM + "datetime";
    static final String DATE_TIME_SEARCHER = SYSTEM + "datetimerange";
    static final String NUMBER = SYSTEM + "float";
    static final String NUMBER_SEARCHER = SYSTEM + "exactnumber";

    public static final FieldSpec PROGRESS_CHECK = text("Progress Check",
            "Notes of the Progress Check: last time's focus and commitments, what moved.");
    public static final FieldSpec BLOCKER_CLEARING = text("Blocker Clearing",
            "Notes of the Blocker Clearing: what is in the report's way and who clears it.");
    public static final FieldSpec DEVELOPMENT_THREAD = text("Development Thread",
            "This session's entry in the report's Development Thread.");
    public static final FieldSpec SESSION_DATE = new FieldSpec("Session date", "When the one-on-one takes place.",
            DATE_TIME, DATE_TIME_SEARCHER);
    public static final FieldSpec TALK_SHARE = new FieldSpec("Talk share %",
            "The manager's share of the talking time, in percent.", NUMBER, NUMBER_SEARCHER);
    public static final FieldSpec RECAP = text("Recap", "The 2-3 line recap sent to the report after the session.");

    public static final List<FieldSpec> ALL = List.of(PROGRESS_CHECK, BLOCKER_CLEARING, DEVELOPMENT_THREAD, SESSION_DATE,
            TALK_SHARE, RECAP);

    private static FieldSpec text(String name, String description) {
        return new FieldSpec(name, description, TEXT_AREA, TEXT_SEARCHER);
    }
}
