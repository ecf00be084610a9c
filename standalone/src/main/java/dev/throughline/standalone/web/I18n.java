package dev.throughline.standalone.web;

import dev.throughline.core.i18n.Messages;

/** {@code $i18n} in templates: {@code $i18n.getText("page.team.title")}, as Jira's and Confluence's helpers read. */
public final class I18n {

    private final Messages messages;

    public I18n(Messages messages) {
        this.messages = messages;
    }

    public String getText(String key) {
        return text(key);
    }

    public String getText(String key, Object... args) {
        return text(key, args);
    }

    private String text(String key, Object... args) {
        return messages.has(key) ? messages.get(key, args) : "??" + key + "??";
    }
}
