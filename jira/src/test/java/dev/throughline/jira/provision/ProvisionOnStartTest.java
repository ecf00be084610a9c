package dev.throughline.jira.provision;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The plugin provisions when SAL starts it, and SAL can find the hook. */
class ProvisionOnStartTest {

    @Test
    void startingProvisionsOnceAndStoppingUndoesNothing() {
        Provisioner provisioner = mock(Provisioner.class);
        when(provisioner.provision()).thenReturn(ProvisionReport.of(
                Item.of(Subject.RUN, "", State.FAILED, ProvisionMessage.RUN_STOPPED, "boom")));
        ProvisionOnStart hook = new ProvisionOnStart(provisioner);

        hook.onStart();
        verify(provisioner).provision();

        Provisioner untouched = mock(Provisioner.class);
        new ProvisionOnStart(untouched).onStop();
        verifyNoInteractions(untouched);
    }

    @Test
    void theHookIsAComponentExportedAsSalsLifecycleService() {
        assertNotNull(ProvisionOnStart.class.getAnnotation(Named.class));
        ExportAsService export = ProvisionOnStart.class.getAnnotation(ExportAsService.class);
        assertNotNull(export, "kept at run time, where the scanner and SAL read it");
        assertArrayEquals(new Class<?>[] {LifecycleAware.class}, export.value());
    }
}
