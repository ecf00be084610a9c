package dev.throughline.web;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;

/** The language, time zone and today of a viewer, as the host knows them. */
public interface ViewTexts {

    ViewText of(UserKey viewer);
}
