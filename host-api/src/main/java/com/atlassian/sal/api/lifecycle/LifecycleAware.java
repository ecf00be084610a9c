package com.atlassian.sal.api.lifecycle;

/** Declaration of SAL's start-up hook: an exported component the host calls once the application and plugin run. */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
