package dev.throughline.jira.provision;

/** Every text a provisioning report can show, by its key in the plugin's i18n bundle. */
public enum ProvisionMessage {
    RUN_BUSY("run.busy"),
    RUN_INTERRUPTED("run.interrupted"),
    RUN_STOPPED("run.stopped"),
    RUN_UNLOCK_FAILED("run.unlockFailed"),
    SUB_TASKS_FOUND("subTasks.found"),
    SUB_TASKS_ENABLED("subTasks.enabled"),
    SUB_TASKS_FAILED("subTasks.failed"),
    ISSUE_TYPE_FOUND("issueType.found"),
    ISSUE_TYPE_CREATED("issueType.created"),
    ISSUE_TYPE_EXISTS_AS_STANDARD("issueType.existsAsStandard"),
    ISSUE_TYPE_EXISTS_AS_SUB_TASK("issueType.existsAsSubTask"),
    ISSUE_TYPE_NO_ICON("issueType.noIcon"),
    ISSUE_TYPE_FAILED("issueType.failed"),
    FIELD_FOUND("field.found"),
    FIELD_FOUND_SEVERAL("field.foundSeveral"),
    FIELD_CREATED("field.created"),
    FIELD_CREATED_BESIDE_OTHER("field.createdBesideOther"),
    FIELD_NEEDS_ISSUE_TYPE("field.needsIssueType"),
    FIELD_TYPE_MISSING("field.typeMissing"),
    FIELD_SEARCHER_MISSING("field.searcherMissing"),
    FIELD_FAILED("field.failed"),
    FIELD_FAILED_PART_WAY("field.failedPartWay"),
    PROJECT_NOT_SET("project.notSet"),
    PROJECT_NOT_FOUND("project.notFound"),
    PROJECT_TYPES_MISSING("project.typesMissing"),
    PROJECT_FOUND("project.found"),
    PROJECT_ASSOCIATED("project.associated"),
    PROJECT_ASSOCIATED_DEFAULT("project.associatedDefault"),
    PROJECT_FAILED("project.failed"),
    PROJECT_PRIVATE("project.private"),
    PROJECT_NOT_PRIVATE("project.notPrivate");

    private final String id;

    ProvisionMessage(String id) {
        this.id = id;
    }

    public String key() {
        return "throughline.provision." + id;
    }

    /** What a host failure says, for a message argument: its own text, or its kind when it has none. */
    static String describe(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }
}
