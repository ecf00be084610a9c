package dev.throughline.jira.provision;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The key of the Jira project that holds the one-on-ones, as the administrator chose it. It lives in SAL's global plugin
 * settings, which every node of a cluster reads from the database.
 */
@Named
public final class ThroughlineProject {

    /** The settings key the admin page writes the project key under. */
    public static final String SETTING = "dev.throughline.jira:project";

    private final PluginSettingsFactory settings;

    @Inject
    public ThroughlineProject(@ComponentImport PluginSettingsFactory settings) {
        this.settings = settings;
    }

    /** Chooses the project (the admin page, after checking the project exists). */
    public void choose(String key) {
        settings.createGlobalSettings().put(SETTING, key.trim());
    }

    /** The configured project key, or nothing while none is chosen. */
    public Optional<String> key() {
        Object value = settings.createGlobalSettings().get(SETTING);
        return value instanceof String key && !key.isBlank() ? Optional.of(key.trim()) : Optional.empty();
    }
}
