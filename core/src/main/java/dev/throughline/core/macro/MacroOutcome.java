package dev.throughline.core.macro;

import java.util.Optional;

/**
 * What a macro shows: a template with its view, a message, or a message above a template (the plain operating
 * template under why it could not be filled). Each host renders the template and the message its own way.
 *
 * @param template one of the core's templates ({@link Macros#RECAPS}), rendered with {@code view} as {@code $view}
 */
public record MacroOutcome(Message message, String template, Object view) {

    public MacroOutcome {
        if ((template == null) != (view == null)) {
            throw new IllegalArgumentException("a template comes with its view");
        }
        if (message == null && template == null) {
            throw new IllegalArgumentException("an outcome shows something");
        }
    }

    public static MacroOutcome shown(String template, Object view) {
        return new MacroOutcome(null, template, view);
    }

    public static MacroOutcome said(Message message) {
        return new MacroOutcome(message, null, null);
    }

    /** {@code message} first, then the template. */
    public static MacroOutcome saidAbove(Message message, String template, Object view) {
        return new MacroOutcome(message, template, view);
    }

    public Optional<Message> said() {
        return Optional.ofNullable(message);
    }

    public boolean shows() {
        return template != null;
    }
}
