package dev.throughline.core.macro;

import dev.throughline.core.i18n.Messages;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An in-page message: AUI's kind ({@code info}, {@code warning}, {@code error}), the text, and an optional link.
 *
 * @param link where the viewer acts on it (authorise the link to Jira), or null
 */
public record Message(String kind, String text, URI link, String linkText) {

    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * What {@link Macros#MESSAGE} reads: {@code $kind}, {@code $message} and, with a link, {@code $link} and
     * {@code $linkText}.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", kind);
        values.put("message", text);
        if (link != null) {
            values.put("link", link);
            values.put("linkText", linkText);
        }
        return values;
    }

    public static Message of(String kind, String text) {
        return new Message(kind, text, null, null);
    }

    /** What the viewer reads for a failed read; a refusal says nothing about whether anything exists. */
    public static Message of(Reading<?> failure, Messages texts) {
        if (failure instanceof Reading.NoLink) {
            return of("info", texts.get("page.macro.problem.no-link"));
        }
        if (failure instanceof Reading.Unreachable) {
            return of("warning", texts.get("page.macro.problem.unreachable"));
        }
        if (failure instanceof Reading.NotPermitted) {
            return of("info", texts.get("page.macro.problem.not-permitted"));
        }
        if (failure instanceof Reading.NeedsAuthorisation<?> needs) {
            return new Message("info", texts.get("page.macro.problem.authorise"), needs.authorisation(),
                    texts.get("page.macro.problem.authorise.link"));
        }
        if (failure instanceof Reading.Malformed) {
            return of("error", texts.get("page.macro.problem.malformed"));
        }
        throw new IllegalArgumentException("not a failure: " + failure);
    }
}
