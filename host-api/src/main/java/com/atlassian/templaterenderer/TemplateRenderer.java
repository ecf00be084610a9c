package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Declaration of Atlassian's template renderer (the host's Velocity): only the members Throughline calls. */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
