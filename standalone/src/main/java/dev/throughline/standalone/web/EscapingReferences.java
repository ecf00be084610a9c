package dev.throughline.standalone.web;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.owasp.encoder.Encode;

/**
 * HTML-escapes every value a template inserts, except references whose name ends in {@code Html}
 * ({@code $bodyHtml}, {@code $view.summaryHtml()}): the convention of Atlassian's template renderer, so the same
 * templates are safe in the sandbox and in the hosts.
 */
public final class EscapingReferences implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return Encode.forHtml(value.toString());
    }

    /** {@code $bodyHtml}, {@code $!{page.bodyHtml}}, {@code $view.bodyHtml()}: the last name ends in "Html". */
    static boolean isHtml(String reference) {
        String name = reference.replaceAll("[${}!]", "");
        int call = name.indexOf('(');
        if (call >= 0) {
            name = name.substring(0, call);
        }
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).endsWith("Html");
    }
}
