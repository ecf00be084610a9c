package dev.throughline.standalone.demo;

/**
 * Alex joined three months ago and is flagged less confident: weekly (first year), soft scripts, except where the
 * onboarding write-up Alex promised is now missed. No development thread has been agreed yet, so Alex could not
 * say what to work on. The next session is later today.
 */
final class AlexStory implements ReportStory {

    @Override
    public void tell(DemoPairing demo) {
        demo.held(6, "settling in: the first week on the checkout team", 35)
                .notes("First one-on-one. Laptop and accounts are set up; Alex has read the checkout service README "
                                + "and the on-call guide.",
                        "No access to the payments dashboards yet (SHOP-142), so Alex cannot follow the alerts "
                                + "discussed in stand-up.",
                        "Talked about what Alex enjoyed most in the last job: debugging production issues end to "
                                + "end. No growth area yet; we come back to it once Alex has shipped something.")
                .reportTask("Set up the local checkout environment and run the end-to-end tests", 3, 2)
                .followUp("Get Alex read access to the payments dashboards", "SHOP-142", 2, 1)
                .recapSent();
        demo.held(5, "the first ticket, the address validation bug", 30)
                .notes("Local environment works. Alex picked up SHOP-150 and has a failing test that reproduces it.",
                        "Unsure who reviews changes to the shared validation library; pointed Alex to Riley.",
                        "Alex would like to get faster at reading unfamiliar code. Suggested pairing with Riley "
                                + "once a week.")
                .reportTask("Open a pull request for SHOP-150", 4, 3)
                .reportTask("Pair with Riley on one on-call shift", 7, 6)
                .recapSent();
        demo.held(4, "shipping SHOP-150", 33)
                .notes("SHOP-150 merged and released. The pairing shift with Riley went well; Alex found it useful.",
                        "Staging deploys fail about one time in three (SHOP-158); Alex loses an afternoon each time.",
                        "Alex asked how the team decides what goes into a sprint. Explained planning and invited "
                                + "Alex to the next refinement.")
                .followUp("Raise the flaky staging deploys with the platform team", "SHOP-158", 5, 4)
                .recapSent();
        demo.held(3, "looking back on the first month", 36)
                .notes("Flaky deploys raised; the platform team has a fix in review. Alex joined refinement and "
                                + "estimated two tickets.",
                        "Nothing blocking this week.",
                        "Alex wants to write more: design notes, onboarding docs. Agreed to start with the "
                                + "onboarding gaps while they are fresh.")
                .reportTask("Write up the onboarding gaps you hit in the first month", 5)
                .managerTask("Share the team's design-note template with Alex", 2, 1)
                .recapSent();
        demo.held(2, "the checkout timeout investigation", 38)
                .notes("The onboarding write-up has not started: the timeout investigation took the whole week.",
                        "Alex needs production logs for the timeout (SHOP-163); the access request is stuck with "
                                + "security.",
                        "Alex is curious about the payments domain. Not ready to pick a growth area yet; we look at "
                                + "options together next week.")
                .followUp("Get the SHOP-163 log access approved by security", "SHOP-163", 3, 2)
                .reportTask("Share the timeout findings in the team channel", 4, 3)
                .recapSent();
        demo.held(1, "the design note for the address-validation change", 35)
                .notes("Timeout findings shared, and the team liked the write-up. The onboarding gaps note is still "
                                + "not written; it is past the date we agreed.",
                        "Alex is not sure how much detail a design note needs. We walked through Sam's last note "
                                + "as an example.",
                        "Talked about growing toward owning a small feature end to end. We agree the growth area "
                                + "and a first step next session.")
                .reportTask("Draft the design note for the address-validation change", 10)
                .managerTask("Book an intro with the payments product manager", 7)
                .followUp("Ask the platform team for a date for the staging fix", "SHOP-174", 9)
                .recapSent();
        demo.upcomingLaterToday();
    }
}
