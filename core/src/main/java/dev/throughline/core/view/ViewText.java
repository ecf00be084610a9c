package dev.throughline.core.view;

import dev.throughline.core.i18n.Messages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.People;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * What every view needs to speak to one viewer: their language, their time zone, today, and people's names.
 * Views hold finished text, so templates (Velocity in the hosts and the sandbox) and JSON carry no logic.
 */
public final class ViewText {

    private final Messages messages;
    private final Locale locale;
    private final Clock clock;
    private final People people;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    public ViewText(Messages messages, Locale locale, Clock clock, People people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.people = Objects.requireNonNull(people, "people");
        this.dates = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(clock.getZone());
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    public Messages messages() {
        return messages;
    }

    public Locale locale() {
        return locale;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date as people read it ("Thu 3 Dec 2026"), or null for none. */
    public String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    /** A moment in the viewer's zone, or null for none. */
    public String time(Instant instant) {
        return instant == null ? null : times.format(instant);
    }

    public String name(UserKey user) {
        return people.nameOf(user);
    }

    public People people() {
        return people;
    }
}
