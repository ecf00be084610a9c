package dev.throughline.jira.provision;

import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Commitments are sub-tasks, so Jira's sub-tasks must be on; a site that switched them off gets them back. */
@Named
public final class SubTaskSwitch {

    private final SubTaskManager subTasks;

    @Inject
    public SubTaskSwitch(@ComponentImport SubTaskManager subTasks) {
        this.subTasks = subTasks;
    }

    Item ensureEnabled() {
        if (subTasks.isSubTasksEnabled()) {
            return item(State.FOUND, ProvisionMessage.SUB_TASKS_FOUND);
        }
        try {
            subTasks.enableSubTasks();
            return item(State.ENABLED, ProvisionMessage.SUB_TASKS_ENABLED);
        } catch (CreateException | RuntimeException e) {
            return item(State.FAILED, ProvisionMessage.SUB_TASKS_FAILED, ProvisionMessage.describe(e));
        }
    }

    private static Item item(State state, ProvisionMessage message, String... arguments) {
        return Item.of(Subject.SUB_TASKS, "", state, message, arguments);
    }
}
