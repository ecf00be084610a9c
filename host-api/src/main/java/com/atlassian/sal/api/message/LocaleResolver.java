package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/** Declaration of SAL's locale resolver: only the members Throughline calls. */
public interface LocaleResolver {

    Locale getLocale();

    Locale getLocale(UserKey userKey);
}
