package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** A programme's budget: its lines (planned against spent) and its funders' shares (requested, granted, paid). */
public record ProgrammeBudget(
        UUID programmeId, String programmeName, String years, List<BudgetLine> lines, List<Funder> funders) {

    public Euros planned() {
        return sum(lines, BudgetLine::planned);
    }

    public Euros spent() {
        return sum(lines, BudgetLine::spent);
    }

    public Euros left() {
        return planned().minus(spent());
    }

    public Euros requested() {
        return sum(funders, Funder::requested);
    }

    public Euros granted() {
        return sum(funders, Funder::granted);
    }

    public Euros paid() {
        return sum(funders, Funder::paid);
    }

    public Euros toBePaid() {
        return sum(funders, Funder::toBePaid);
    }

    /** What the planned budget still lacks from the funders' grants (negative when the grants exceed it). */
    public Euros unfunded() {
        return planned().minus(granted());
    }

    public boolean empty() {
        return lines.isEmpty() && funders.isEmpty();
    }

    private static <T> Euros sum(List<T> items, Function<T, Euros> amount) {
        return items.stream().map(amount).filter(Objects::nonNull).reduce(Euros.ZERO, Euros::plus);
    }
}
