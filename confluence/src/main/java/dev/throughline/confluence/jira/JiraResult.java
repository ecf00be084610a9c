package dev.throughline.confluence.jira;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * What reading Throughline for Jira gave: the data, or why there is none. A refusal and "no such pairing" are one
 * {@link NotPermitted}, so a page never tells a viewer that something they may not see exists.
 *
 * @param <T> the data read
 */
public sealed interface JiraResult<T> {

    /** Jira answered with the data. */
    record Data<T>(T value) implements JiraResult<T> {

        public Data {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No Jira application link acts for the viewer. */
    record NoLink<T>() implements JiraResult<T> {
    }

    /** Jira did not answer, or not in time. */
    record Unreachable<T>() implements JiraResult<T> {
    }

    /** Jira refused, or has nothing under that name for this viewer: the same to the viewer. */
    record NotPermitted<T>() implements JiraResult<T> {
    }

    /** Jira answered something Throughline cannot read (another version of the app, or no app at all). */
    record Malformed<T>() implements JiraResult<T> {
    }

    /** The viewer has not yet let the link act for them in Jira; {@code authorisation} is where they do. */
    record NeedsAuthorisation<T>(URI authorisation) implements JiraResult<T> {
    }

    /** Reads on from the data with {@code next}; a failure stays what it was. */
    default <U> JiraResult<U> then(Function<? super T, JiraResult<U>> next) {
        if (this instanceof Data<T> data) {
            return next.apply(data.value());
        }
        return retyped();
    }

    /** The same failure for other data: failures carry no data, so only the type changes. */
    @SuppressWarnings("unchecked")
    private <U> JiraResult<U> retyped() {
        if (this instanceof Data) {
            throw new IllegalStateException("data cannot change type");
        }
        return (JiraResult<U>) this;
    }
}
