package dev.throughline.standalone;

import dev.throughline.core.i18n.Messages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.People;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.ViewTexts;

import java.time.Clock;
import java.util.Locale;

/** Every sandbox user reads English in the machine's time zone. */
final class SandboxTexts implements ViewTexts {

    private final ViewText text;

    SandboxTexts(Messages messages, Clock clock, People people) {
        this.text = new ViewText(messages, Locale.ENGLISH, clock, people);
    }

    @Override
    public ViewText of(UserKey viewer) {
        return text;
    }
}
