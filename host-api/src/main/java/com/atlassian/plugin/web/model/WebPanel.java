package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Declaration of the plugin framework's web panel: what a {@code <web-panel class="…">} implements. */
public interface WebPanel {

    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
