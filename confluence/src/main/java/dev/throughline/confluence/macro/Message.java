package dev.throughline.confluence.macro;

import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;

import java.net.URI;
import java.util.Objects;

/**
 * An in-page message: AUI's kind ({@code info}, {@code warning}, {@code error}), the text, and an optional link.
 *
 * @param link where the viewer acts on it (authorise the link to Jira), or null
 */
public record Message(String kind, String text, URI link, String linkText) {

    static final String PREFIX = "dev.throughline.confluence.problem.";

    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static Message of(String kind, String text) {
        return new Message(kind, text, null, null);
    }

    /** What the viewer reads for a failure to read Jira; a refusal says nothing about whether anything exists. */
    static Message of(JiraResult<?> failure, Messages texts) {
        if (failure instanceof JiraResult.NoLink) {
            return of("info", texts.get(PREFIX + "no-link"));
        }
        if (failure instanceof JiraResult.Unreachable) {
            return of("warning", texts.get(PREFIX + "unreachable"));
        }
        if (failure instanceof JiraResult.NotPermitted) {
            return of("info", texts.get(PREFIX + "not-permitted"));
        }
        if (failure instanceof JiraResult.NeedsAuthorisation<?> needs) {
            return new Message("info", texts.get(PREFIX + "authorise"), needs.authorisation(),
                    texts.get(PREFIX + "authorise.link"));
        }
        if (failure instanceof JiraResult.Malformed) {
            return of("error", texts.get(PREFIX + "malformed"));
        }
        throw new IllegalArgumentException("not a failure: " + failure);
    }
}
