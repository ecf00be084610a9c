package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;

import java.util.List;

/** Looks for one habit in a pairing's recent behaviour. */
interface HabitRule {

    List<Finding> find(PairingHistory history, Now now);
}
