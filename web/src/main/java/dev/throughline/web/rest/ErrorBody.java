package dev.throughline.web.rest;

/**
 * The body of every error answer: a message a person can read and, when one input is at fault, its name.
 *
 * @param error the message, in the viewer's language
 * @param field the input at fault, or null
 */
public record ErrorBody(String error, String field) {
}
