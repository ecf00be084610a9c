package com.atlassian.webresource.api.assembler;

/** Declaration of the page's web-resource assembler: only the members Throughline calls. */
public interface WebResourceAssembler {

    RequiredResources resources();
}
