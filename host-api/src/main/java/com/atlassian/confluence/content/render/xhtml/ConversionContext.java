package com.atlassian.confluence.content.render.xhtml;

/** Declaration of the context a macro renders in (view, export, preview): Throughline reads none of it. */
public interface ConversionContext {
}
