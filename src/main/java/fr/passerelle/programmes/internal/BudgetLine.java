package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.util.UUID;

/** A line of a programme's budget: what was planned, what was spent. */
public record BudgetLine(UUID id, UUID programmeId, String label, Euros planned, Euros spent) {

    /** What is left of the line (negative when it overran). */
    public Euros left() {
        return planned.minus(spent);
    }
}
