package com.atlassian.webresource.api.assembler;

/** Declaration of the resources a page requires: only the members Throughline calls. */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
