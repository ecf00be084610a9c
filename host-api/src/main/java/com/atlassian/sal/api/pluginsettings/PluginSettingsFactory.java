package com.atlassian.sal.api.pluginsettings;

/** Declaration of SAL's plugin settings factory: only the members Throughline calls. */
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
