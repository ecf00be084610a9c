package dev.throughline.jira.provision;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one provisioning run found, created, enabled or could not do, item by item in the order it ran. Every text is an
 * i18n key with its arguments, so the admin page shows the report in the administrator's language.
 */
public record ProvisionReport(List<Item> items) {

    public ProvisionReport {
        items = List.copyOf(items);
    }

    static ProvisionReport of(Item... items) {
        return new ProvisionReport(List.of(items));
    }

    /** True when nothing failed; a skipped item (no project chosen yet, another node at work) is not a failure. */
    public boolean succeeded() {
        return items.stream().noneMatch(item -> item.state() == State.FAILED);
    }

    /** The items about one subject, in the order they ran. */
    public List<Item> about(Subject subject) {
        return items.stream().filter(item -> item.subject() == subject).toList();
    }

    /** How an item ended. */
    public enum State {
        FOUND, CREATED, ENABLED, ASSOCIATED, SKIPPED, FAILED;

        public String key() {
            return "throughline.provision.state." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an item is about; its {@link Item#name()} says which one. */
    public enum Subject {
        RUN("run"), SUB_TASKS("subTasks"), ISSUE_TYPE("issueType"), FIELD("field"), PROJECT("project");

        private final String id;

        Subject(String id) {
            this.id = id;
        }

        public String key() {
            return "throughline.provision.subject." + id;
        }
    }

    /**
     * One thing provisioning looked after.
     *
     * @param name the Jira name of the issue type or field, or the project key; empty where there is none
     * @param arguments the message's arguments, in the order its text uses them
     */
    public record Item(Subject subject, String name, State state, ProvisionMessage message, List<String> arguments) {

        public Item {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(message, "message");
            arguments = List.copyOf(arguments);
        }

        static Item of(Subject subject, String name, State state, ProvisionMessage message, String... arguments) {
            return new Item(subject, name, state, message, List.of(arguments));
        }
    }
}
