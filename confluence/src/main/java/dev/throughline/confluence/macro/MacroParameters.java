package dev.throughline.confluence.macro;

import dev.throughline.core.i18n.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parameters a page author gave a macro, read leniently (blank is absent) and checked strictly: a wrong value
 * becomes a message on the page, never an exception.
 */
final class MacroParameters {

    static final String PREFIX = "dev.throughline.confluence.param.";
    static final String REPORT = "report";
    static final String MANAGER = "manager";
    static final String LIMIT = "limit";
    /** The most items a limit may ask for (Jira's REST API returns at most as many recaps). */
    static final int MOST = 50;
    /** Longer is no user name or key any host accepts. */
    private static final int LONGEST_NAME = 255;

    private final Map<String, String> given;

    MacroParameters(Map<String, String> given) {
        this.given = given == null ? Map.of() : given;
    }

    Optional<String> report() {
        return name(REPORT);
    }

    Optional<String> manager() {
        return name(MANAGER);
    }

    /** A name given but too long or with control characters: the macro says so instead of asking Jira. */
    boolean namesInvalid() {
        return invalidName(REPORT) || invalidName(MANAGER);
    }

    /** The limit as given, or empty when none was given; {@link #limitInvalid()} tells a wrong one. */
    OptionalInt limit() {
        String value = text(LIMIT).orElse(null);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int limit = Integer.parseInt(value);
            return limit >= 1 && limit <= MOST ? OptionalInt.of(limit) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    boolean limitInvalid() {
        return text(LIMIT).isPresent() && limit().isEmpty();
    }

    /** What is wrong with the parameters, if anything; {@code reportRequired} for the macros that show one pairing. */
    Optional<Message> problem(Messages texts, boolean reportRequired) {
        if (namesInvalid()) {
            return Optional.of(Message.of("error", texts.get(PREFIX + "name-invalid")));
        }
        if (limitInvalid()) {
            return Optional.of(Message.of("error", texts.get(PREFIX + "limit-invalid", 1, MOST)));
        }
        if (reportRequired && report().isEmpty()) {
            return Optional.of(Message.of("info", texts.get(PREFIX + "report-missing")));
        }
        return Optional.empty();
    }

    private Optional<String> name(String parameter) {
        return text(parameter).filter(value -> !invalidName(parameter));
    }

    private boolean invalidName(String parameter) {
        return text(parameter).map(value -> value.length() > LONGEST_NAME
                || value.chars().anyMatch(Character::isISOControl)).orElse(false);
    }

    private Optional<String> text(String parameter) {
        return Optional.ofNullable(given.get(parameter)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
