package dev.throughline.core.macro;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What reading Throughline's REST API for a macro gave: the data, or why there is none. A refusal and "no such
 * pairing" are one {@link NotPermitted}, so a page never tells a viewer that something they may not see exists.
 *
 * @param <T> the data read
 */
public sealed interface Reading<T> {

    /** The API answered with the data. */
    record Data<T>(T value) implements Reading<T> {

        public Data {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No link to the API acts for the viewer. */
    record NoLink<T>() implements Reading<T> {
    }

    /** The API did not answer, or not in time. */
    record Unreachable<T>() implements Reading<T> {
    }

    /** The API refused, or has nothing under that name for this viewer: the same to the viewer. */
    record NotPermitted<T>() implements Reading<T> {
    }

    /** The API answered something Throughline cannot read (another version of the app, or no app at all). */
    record Malformed<T>() implements Reading<T> {
    }

    /** The viewer has not yet let the link act for them; {@code authorisation} is where they do. */
    record NeedsAuthorisation<T>(URI authorisation) implements Reading<T> {
    }

    /**
     * The REST API's answer as a reading, the same for every host: a 200 is what {@code body} reads of it (null when
     * it cannot: unreadable); 401, 403 and 404 are one refusal, so a reader never learns whether a pairing exists; a
     * 5xx is no answer; anything else is unreadable.
     */
    static <T> Reading<T> answer(int status, Supplier<T> body) {
        if (status == 401 || status == 403 || status == 404) {
            return new NotPermitted<>();
        }
        if (status >= 500) {
            return new Unreachable<>();
        }
        if (status != 200) {
            return new Malformed<>();
        }
        T value = body.get();
        return value == null ? new Malformed<>() : new Data<>(value);
    }

    /** Reads on from the data with {@code next}; a failure stays what it was. */
    default <U> Reading<U> then(Function<? super T, Reading<U>> next) {
        if (this instanceof Data<T> data) {
            return next.apply(data.value());
        }
        return retyped();
    }

    /** The same failure for other data: failures carry no data, so only the type changes. */
    @SuppressWarnings("unchecked")
    private <U> Reading<U> retyped() {
        if (this instanceof Data) {
            throw new IllegalStateException("data cannot change type");
        }
        return (Reading<U>) this;
    }
}
