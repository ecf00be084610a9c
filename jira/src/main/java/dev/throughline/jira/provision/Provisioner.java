package dev.throughline.jira.provision;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.IssueTypeProvisioning.Outcome;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Puts in place what the method needs in Jira: sub-tasks switched on, the One-on-One and Commitment issue types, the
 * session's custom fields and the types offered in the configured project. Each item is found before anything is
 * created, so running it again, on start-up of every node or from the admin page, changes nothing that is there.
 *
 * <p>Two nodes starting together would both see a field missing and both create it; one cluster-wide lock makes the
 * second wait and then find what the first created. A node that cannot get the lock in time reports so and leaves the
 * work to the node holding it.
 */
@Named
public final class Provisioner {

    static final String LOCK = "dev.throughline.jira.provision";
    static final long WAIT_SECONDS = 60;

    private final ClusterLockService locks;
    private final SubTaskSwitch subTasks;
    private final IssueTypeProvisioning issueTypes;
    private final FieldProvisioning fields;
    private final ProjectAssociation project;

    @Inject
    public Provisioner(@ComponentImport ClusterLockService locks, SubTaskSwitch subTasks,
            IssueTypeProvisioning issueTypes, FieldProvisioning fields, ProjectAssociation project) {
        this.locks = locks;
        this.subTasks = subTasks;
        this.issueTypes = issueTypes;
        this.fields = fields;
        this.project = project;
    }

    /** Provisions everything it can and reports each item; a host failure becomes a failed item, never an exception. */
    public ProvisionReport provision() {
        ClusterLock lock;
        boolean held;
        try {
            lock = locks.getLockForName(LOCK);
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProvisionReport.of(run(State.FAILED, ProvisionMessage.RUN_INTERRUPTED));
        } catch (RuntimeException e) {
            return ProvisionReport.of(run(State.FAILED, ProvisionMessage.RUN_STOPPED, ProvisionMessage.describe(e)));
        }
        if (!held) {
            return ProvisionReport.of(run(State.SKIPPED, ProvisionMessage.RUN_BUSY));
        }
        List<Item> items = new ArrayList<>();
        try {
            provisionHoldingTheLock(items);
        } finally {
            release(lock, items);
        }
        return new ProvisionReport(items);
    }

    private void provisionHoldingTheLock(List<Item> items) {
        try {
            items.add(subTasks.ensureEnabled());
            Outcome oneOnOne = issueTypes.ensure(IssueTypeSpec.ONE_ON_ONE);
            items.add(oneOnOne.item());
            Outcome commitment = issueTypes.ensure(IssueTypeSpec.COMMITMENT);
            items.add(commitment.item());
            for (FieldSpec field : FieldSpec.ALL) {
                items.add(fields.ensure(field, oneOnOne.type()));
            }
            items.add(project.associate(present(oneOnOne, commitment)));
            project.privacy().ifPresent(items::add);
        } catch (RuntimeException e) {
            // Each step reports its own host failures; this catches the unforeseen, so the report still says how far it got.
            items.add(run(State.FAILED, ProvisionMessage.RUN_STOPPED, ProvisionMessage.describe(e)));
        }
    }

    /** Beehive frees a dead node's locks by itself; a lock this node cannot release is reported, not thrown. */
    private static void release(ClusterLock lock, List<Item> items) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            items.add(run(State.FAILED, ProvisionMessage.RUN_UNLOCK_FAILED, ProvisionMessage.describe(e)));
        }
    }

    private static List<IssueType> present(Outcome... outcomes) {
        return Stream.of(outcomes).map(Outcome::type).flatMap(Optional::stream).toList();
    }

    private static Item run(State state, ProvisionMessage message, String... arguments) {
        return Item.of(Subject.RUN, "", state, message, arguments);
    }
}
