package com.atlassian.applinks.api;

/** Declaration of an application link. */
public interface ApplicationLink extends ReadOnlyApplicationLink {
}
