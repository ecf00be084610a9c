package dev.throughline.standalone.demo;

/**
 * Sam has been on the team four years and became the checkout tech lead two months ago: weekly again (new role).
 * A first development thread was achieved before the move; the current one is on track. The last session handed
 * Sam three new tasks on top of the development step, which reads as assigning work. One follow-up of the
 * manager's is missed. The next session is on the next working day.
 */
final class SamStory implements ReportStory {

    @Override
    public void tell(DemoPairing demo) {
        demo.held(12, "the checkout roadmap for product", 30)
                .notes("Checkout v2 rollout finished; the error rate is back under 0.1%.",
                        "Product keeps changing the Q2 scope (SHOP-120); Sam spends hours re-estimating.",
                        "Sam's updates to product are accurate but arrive late and read as surprises. Agreed that "
                                + "Sam presents the roadmap at the next stakeholder sync.")
                .startsThread("Stakeholder communication",
                        "Product hears about risks from Sam before they become surprises",
                        "Updates arrive after decisions are made; risks come up in the retro, not in planning",
                        "A weekly written update to product with risks, dates and asks, sent before planning", false)
                .threadNote("Agreed the first step.", "Present the checkout roadmap at the stakeholder sync", 14)
                .step("Present the checkout roadmap at the stakeholder sync", 10, 9)
                .followUp("Get product to freeze the Q2 scope for two weeks", "SHOP-120", 5, 5)
                .recapSent();
        demo.held(10, "moving into the tech lead role", 28)
                .notes("The roadmap presentation went well; product asked for the weekly update to continue.",
                        "Nothing blocking.",
                        "Sam has sent three weekly updates with risks flagged early, and product's feedback is "
                                + "positive. Thread achieved; a new one once Sam has settled into the new role.")
                .threadNote("Three updates sent on time; product is happy.", "Keep the weekly update going", 14)
                .achievesThread()
                .managerTask("Share the tech lead expectations document", 3, 2)
                .recapSent();
        demo.held(8, "the first week as tech lead", 35)
                .notes("Sam has taken over planning and the design reviews for checkout.",
                        "Sam is still on the payments on-call rota from the old role (SHOP-181).",
                        "What a tech lead here needs most: system design for the checkout service. We start a "
                                + "thread on it next time.")
                .followUp("Move Sam off the payments on-call rota", "SHOP-181", 5, 6)
                .recapSent();
        demo.cancelled(7);
        demo.held(6, "owning the checkout service design", 32)
                .notes("Off the payments rota since Monday. Sam has read the checkout architecture documents.",
                        "There is no load-test environment to check design changes against (SHOP-185).",
                        "Started the system design thread. First step: a context diagram of checkout and its "
                                + "dependencies.")
                .startsThread("System design for the checkout service",
                        "Sam owns the checkout service design and defends its trade-offs in architecture review",
                        "Sam designs features well but has not yet designed across service boundaries",
                        "A design note covering failure modes, capacity and migration that passes review "
                                + "without major rework", false)
                .threadNote("Agreed the first step.", "Write the checkout service context diagram", 14)
                .step("Write the checkout service context diagram", 7, 6)
                .followUp("Get budget sign-off for the load-test environment", "SHOP-185", 7, 5)
                .recapSent();
        demo.held(5, "reviewing the context diagram", 30)
                .notes("The context diagram is done; it surfaced two undocumented calls to the pricing service.",
                        "The SHOP-188 schema migration is waiting on the DBA team, who have not answered Sam.",
                        "The diagram is clear, but the failure modes of the pricing calls are missing.")
                .threadNote("Clear diagram; failure modes missing.", "Add failure modes for the pricing calls", 14)
                .step("Add failure modes for the pricing calls to the context diagram", 7, 7)
                .followUp("Unblock the SHOP-188 schema migration with the DBA team", "SHOP-188", 7)
                .recapSent();
        demo.held(4, "the pricing dependency", 35)
                .notes("Failure modes added. Sam proposes a circuit breaker around the pricing calls.",
                        "SHOP-188 is still waiting on the DBA team.",
                        "Sam presented the circuit-breaker option well but did not compare it with alternatives.")
                .threadNote("Strong proposal, no alternatives compared.",
                        "Write a one-page comparison of a circuit breaker and cached prices", 14)
                .step("Write a one-page comparison of a circuit breaker and cached prices", 7, 6)
                .reportTask("Update the checkout runbook for the new timeout settings", 5, 4)
                .recapSent();
        demo.held(3, "preparing for architecture review", 30)
                .notes("Comparison written: cached prices win on latency and cost.",
                        "The next architecture review slot is three weeks out.",
                        "A good trade-off write-up. Next: present it at architecture review.")
                .threadNote("Good trade-off write-up.", "Present the pricing design at architecture review", 21)
                .managerTask("Get Sam an earlier architecture review slot", 4, 3)
                .recapSent();
        demo.held(2, "team questions after the reorg", 34)
                .notes("Architecture review is booked for next week.",
                        "Two engineers asked Sam about the reorg and Sam did not know what to tell them.",
                        "Sam rehearsed the design presentation; the failure-mode slide needs real numbers.")
                .managerTask("Send Sam the reorg FAQ before it goes to the team", 2, 1)
                .recapSent();
        demo.held(1, "Q3 planning for the checkout team", 38)
                .notes("The pricing design passed architecture review with one change.",
                        "Q3 planning is due and the payments on-call rota needs a new owner; a lot of it landed on "
                                + "Sam in this session.",
                        "Next: a design note for retries on payment callbacks, covering failure modes and migration.")
                .threadNote("Passed architecture review.", "Write the design note for retries on payment callbacks",
                        14)
                .reportTask("Take over the payments on-call rota", 7)
                .reportTask("Review the open SHOP-201 pull requests", 7)
                .reportTask("Draft the Q3 roadmap for the checkout team", 14)
                .step("Write the design note for retries on payment callbacks", 14)
                .recapSent();
        demo.upcoming();
    }
}
