package dev.throughline.jira.provision;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions when the plugin starts. SAL calls {@link #onStart()} once Jira is set up and the plugin enabled, on start-up
 * and on every later enable (an install or an upgrade), on each node; the provisioner's cluster lock and its
 * find-before-create make that safe. SAL finds the hook only as an OSGi service, hence {@link ExportAsService}: the way
 * SAL's own documentation gives for spring-scanner plugins, chosen over a plugin-enabled event listener because it
 * also waits until Jira itself is set up and its managers are ready.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class ProvisionOnStart implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionOnStart.class);

    private final Provisioner provisioner;

    @Inject
    public ProvisionOnStart(Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public void onStart() {
        ProvisionReport report = provisioner.provision();
        for (Item item : report.items()) {
            if (item.state() == State.FAILED) {
                LOG.warn("Throughline provisioning: {} {}: {} {} {}", item.subject(), item.name(), item.state(),
                        item.message().key(), item.arguments());
            } else {
                LOG.info("Throughline provisioning: {} {}: {} {} {}", item.subject(), item.name(), item.state(),
                        item.message().key(), item.arguments());
            }
        }
    }

    /** Nothing to undo: what provisioning created belongs to Jira's configuration and outlives the plugin. */
    @Override
    public void onStop() {
    }
}
