package dev.throughline.jira.work;

/**
 * The One-on-One issue's custom fields Throughline writes, by the name and type provisioning gives them. A field is
 * found by both, so a field of the same name but another type is never written to.
 */
enum SessionField {
    PROGRESS_CHECK("Progress Check", Types.TEXT_AREA),
    BLOCKER_CLEARING("Blocker Clearing", Types.TEXT_AREA),
    DEVELOPMENT_THREAD("Development Thread", Types.TEXT_AREA),
    SESSION_DATE("Session date", Types.DATE_TIME),
    TALK_SHARE("Talk share %", Types.NUMBER),
    RECAP("Recap", Types.TEXT_AREA);

    private final String fieldName;
    private final String typeKey;

    SessionField(String fieldName, String typeKey) {
        this.fieldName = fieldName;
        this.typeKey = typeKey;
    }

    String fieldName() {
        return fieldName;
    }

    String typeKey() {
        return typeKey;
    }

    /** Jira's system custom field types. */
    private static final class Types {
        static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
        static final String TEXT_AREA = SYSTEM + "textarea";
        static final String DATE_TIME = SYSTEM + "datetime";
        static final String NUMBER = SYSTEM + "float";
    }
}
