package dev.throughline.standalone.demo;

/** What one report's one-on-ones recorded: past sessions, their commitments and threads, and the next session. */
interface ReportStory {

    void tell(DemoPairing demo);
}
