package com.atlassian.webresource.api.assembler;

/** Declaration of the web-resource manager's page builder: only the members Throughline calls. */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
