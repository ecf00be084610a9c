package com.atlassian.sal.api.pluginsettings;

/** Declaration of SAL's plugin settings: only the members Throughline calls. */
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);
}
