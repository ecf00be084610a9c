package dev.throughline.standalone.demo;

/**
 * Jordan has been on the team two and a half years, so the suggestion is every two weeks, but the manager keeps
 * the pairing weekly. The incident-review thread is on track, yet the last three sessions were cancelled in a row
 * and the next one was pushed into the following week. A follow-up of the manager's is missed.
 */
final class JordanStory implements ReportStory {

    @Override
    public void tell(DemoPairing demo) {
        demo.held(9, "leading incident reviews", 30)
                .notes("The deploy pipeline migration is done; Jordan moved the last two services.",
                        "Nothing blocking.",
                        "Jordan wants to lead incident reviews. Jordan has joined several but never facilitated "
                                + "one. First step: shadow the next review.")
                .startsThread("Leading incident reviews",
                        "Jordan runs blameless incident reviews that end with owned, dated actions",
                        "Jordan has joined reviews but never facilitated one",
                        "A 45-minute review with a timeline, contributing factors and every action owned and dated",
                        false)
                .threadNote("Shadow first, then facilitate.", "Shadow the SHOP-130 incident review", 14)
                .step("Shadow the SHOP-130 incident review", 5, 4)
                .recapSent();
        demo.held(8, "an incident-review template", 35)
                .notes("Shadowed the SHOP-130 review. Jordan noticed that none of its actions had an owner.",
                        "The SRE lead has to approve any change to the review format.",
                        "Jordan will draft a template that forces an owner and a date on every action.")
                .threadNote("Actions without owners are the gap Jordan saw.",
                        "Draft an incident-review template with owners and dates", 14)
                .step("Draft an incident-review template with owners and dates", 7, 6)
                .followUp("Get the incident-review template approved by the SRE lead", null, 5, 6)
                .recapSent();
        demo.held(7, "facilitating the SHOP-149 review", 32)
                .notes("Template approved and published.",
                        "Nothing blocking.",
                        "Jordan facilitates the SHOP-149 review next week, with me observing.")
                .threadNote("Template approved.", "Facilitate the SHOP-149 incident review", 14)
                .step("Facilitate the SHOP-149 incident review", 6, 5)
                .recapSent();
        demo.held(6, "feedback on the SHOP-149 review", 28)
                .notes("The review ran on time. The timeline was strong; contributing factors were rushed.",
                        "Nothing blocking.",
                        "Feedback given: slow down on contributing factors, ask 'what made this possible' twice.")
                .threadNote("Strong timeline, rushed contributing factors.",
                        "Publish the SHOP-149 review actions with owners and dates", 14)
                .reportTask("Publish the SHOP-149 review actions", 4, 4)
                .recapSent();
        demo.held(5, "on-call load", 36)
                .notes("SHOP-149 actions published; four of five are already done.",
                        "Weekend on-call pay for the new rota is still not sorted (SHOP-190); the team is unhappy.",
                        "Jordan asked to facilitate reviews without an observer.")
                .followUp("Sort out weekend on-call pay for the new rota", "SHOP-190", 7)
                .reportTask("Move the deploy tooling questions to the platform channel", 5, 3)
                .recapSent();
        demo.held(4, "the next incident reviews", 34)
                .notes("The deploy tooling questions now go to the platform channel.",
                        "SHOP-190 is still open with payroll.",
                        "Jordan facilitates the next two reviews alone. We review once the on-call rotation ends.")
                .threadNote("Ready to facilitate alone.", "Run the next two incident reviews without help", 42)
                .step("Run the next two incident reviews without help", 35)
                .recapSent();
        demo.cancelled(3);
        demo.cancelled(2);
        demo.cancelled(1);
        demo.upcomingMovedIntoNextWeek();
    }
}
