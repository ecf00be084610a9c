package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;

import java.util.TimeZone;

/** Declaration of SAL's time zone manager: only the members Throughline calls. */
public interface TimeZoneManager {

    TimeZone getUserTimeZone(UserKey user);
}
