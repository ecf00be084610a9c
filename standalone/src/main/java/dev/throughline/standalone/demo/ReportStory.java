package dev.throughline.standalone.demo;

import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** One report's part of the demo: who they are to the manager, when they meet, and what their sessions recorded. */
interface ReportStory {

    /** The pairing (not yet saved) as it stands on {@code today}. */
    Pairing pairing(UserKey manager, LocalDate today);

    /** The day of the week the pairing meets on, as seen from {@code today}. */
    DayOfWeek meetingDay(LocalDate today);

    LocalTime meetingTime();

    /** Records the pairing's past sessions, their commitments and threads, and its next session. */
    void tell(DemoPairing demo);
}
