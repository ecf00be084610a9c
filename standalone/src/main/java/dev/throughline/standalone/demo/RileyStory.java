package dev.throughline.standalone.demo;

/**
 * Riley has been on the team five years: every two weeks. The pairing is drifting. The manager's share of the talk
 * grows session by session, the Development Thread segment was skipped last month, the last session has no notes
 * and no recap at all, and the mentoring thread (its gap flagged as a performance concern) is long past its
 * review date, so Riley could not say what to work on.
 */
final class RileyStory implements ReportStory {

    @Override
    public void tell(DemoPairing demo) {
        demo.held(12, "a mentoring plan for the new hires", 35)
                .notes("Search indexing rewrite is on schedule.",
                        "Nothing blocking.",
                        "Riley answers the new hires' questions fast but rarely explains why, so they wait for Riley "
                                + "instead of trying. Flagged it as part of what a senior engineer owes the team.")
                .startsThread("Mentoring the new hires",
                        "Both new hires ship on their own within their first three months",
                        "Riley fixes problems for the new hires instead of teaching them to",
                        "Weekly pairing with each new hire, reviews that explain the reasoning, and a new hire who "
                                + "picks up a ticket alone", true)
                .threadNote("Agreed to write a plan first.", "Write the mentoring plan for the two new hires", 14)
                .step("Write the mentoring plan for the two new hires", 7, 6)
                .recapSent();
        demo.held(10, "the architecture guild", 38)
                .notes("Mentoring plan written and shared with both new hires.",
                        "Riley wants a say in the search architecture but is not in the architecture guild.",
                        "Riley has started pairing with Alex. Next: make it weekly.")
                .threadNote("Plan written; pairing with Alex started.", "Run a weekly pairing session with Alex", 14)
                .followUp("Get Riley a seat in the architecture guild", null, 10, 8)
                .step("Run a weekly pairing session with Alex", 14, 12)
                .recapSent();
        demo.held(8, "the search indexing rewrite", 45)
                .notes("The rewrite is behind by a week; Riley blames the cluster capacity.",
                        "The search cluster capacity request (SHOP-176) has been waiting for three weeks.",
                        "Pairing happens, but Riley still takes the keyboard instead of letting Alex try.")
                .threadNote("Riley still drives the pairing sessions.",
                        "Let Alex drive the next two pairing sessions; Riley only asks questions", 14)
                .followUp("Escalate the search cluster capacity request", "SHOP-176", 5)
                .recapSent();
        demo.held(6, "the search rollout incident", 55)
                .notes("The rollout caused a 40-minute search outage; Riley led the fix.",
                        "Riley says there is no time for mentoring during the rollout.",
                        "Riley let Alex drive once. We kept the thread short because of the incident.")
                .threadNote("Alex drove once.", "Review the new hires' pull requests within a day", 14)
                .step("Review the new hires' pull requests within a day", 7)
                .reportTask("Write the search rollout post-mortem", 7, 9)
                .recapSent();
        demo.held(4, "following up on the search rollout", 62)
                .notes("Post-mortem written. The rollout is stable.",
                        "Mostly the reorg announcement; Riley had little room to raise anything.",
                        null)
                .managerTask("Send Riley the reorg FAQ", 2, 2)
                .recapSent();
        demo.held(2, null, 70)
                .notes("", "", "")
                .withoutRecap();
        demo.upcoming();
    }
}
