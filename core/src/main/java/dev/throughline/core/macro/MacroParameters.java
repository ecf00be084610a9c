package dev.throughline.core.macro;

import dev.throughline.core.i18n.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parameters a page author gave a macro, read leniently (blank is absent) and checked strictly: a wrong value
 * becomes a message on the page, never an exception.
 */
public final class MacroParameters {

    public static final String REPORT = "report";
    public static final String MANAGER = "manager";
    public static final String LIMIT = "limit";
    /** The most items a limit may ask for (the REST API returns at most as many recaps). */
    public static final int MOST = 50;
    /** Longer is no user name or key any host accepts. */
    private static final int LONGEST_NAME = 255;

    private final Map<String, String> given;

    public MacroParameters(Map<String, String> given) {
        this.given = given == null ? Map.of() : given;
    }

    public Optional<String> report() {
        return name(REPORT);
    }

    public Optional<String> manager() {
        return name(MANAGER);
    }

    /** A name given but too long or with control characters: the macro says so instead of asking the API. */
    public boolean namesInvalid() {
        return invalidName(REPORT) || invalidName(MANAGER);
    }

    /** The limit as given, or empty when none was given; {@link #limitInvalid()} tells a wrong one. */
    public OptionalInt limit() {
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

    public boolean limitInvalid() {
        return text(LIMIT).isPresent() && limit().isEmpty();
    }

    /** What is wrong with the parameters, if anything; {@code reportRequired} for the macros that show one pairing. */
    public Optional<Message> problem(Messages texts, boolean reportRequired) {
        if (namesInvalid()) {
            return Optional.of(Message.of("error", texts.get("page.macro.param.name-invalid")));
        }
        if (limitInvalid()) {
            return Optional.of(Message.of("error", texts.get("page.macro.param.limit-invalid", 1, MOST)));
        }
        if (reportRequired && report().isEmpty()) {
            return Optional.of(Message.of("info", texts.get("page.macro.param.report-missing")));
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
