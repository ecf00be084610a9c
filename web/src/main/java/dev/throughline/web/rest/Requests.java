package dev.throughline.web.rest;

import dev.throughline.core.DomainException;
import dev.throughline.core.script.Tone;
import dev.throughline.core.session.Segment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks shared by the resources: a body was sent, required fields are there, ids name real things. */
final class Requests {

    private Requests() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new DomainException("error.body.required", null);
        }
        return body;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainException("error.required", field);
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}, given as text (a query parameter). */
    static int number(String text, String field, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range the field takes
        }
        throw new DomainException("error.limit.range", field, min, max);
    }

    /** An ISO date ({@code 2026-11-30}) given as text, or null for none. */
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.date.format", field, text);
        }
    }

    static Segment segment(String id) {
        return Segment.fromId(id).orElseThrow(() -> new DomainException("error.segment.unknown", "segment", id));
    }

    static Optional<Tone> tone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Tone.fromId(id.strip())
                .orElseThrow(() -> new DomainException("error.tone.unknown", "tone", id)));
    }
}
