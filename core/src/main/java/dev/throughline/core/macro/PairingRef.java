package dev.throughline.core.macro;

/**
 * A pairing as the REST API's {@code GET pairing?report=} lists it: only what the macros need to read further (the
 * rest of the answer, such as start dates, is ignored).
 */
public record PairingRef(long id, String manager, String report) {
}
