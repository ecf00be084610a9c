package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/** Declaration of Confluence's XHTML macro: only the members Throughline implements. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** What the macro takes between its tags. */
    enum BodyType {
        NONE,
        PLAIN_TEXT,
        RICH_TEXT
    }

    /** Whether the macro's output stands as a block or flows inline. */
    enum OutputType {
        BLOCK,
        INLINE
    }
}
