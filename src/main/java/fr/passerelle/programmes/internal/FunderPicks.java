package fr.passerelle.programmes.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.directory.Directory;
import fr.passerelle.programmes.internal.BudgetRepository.FunderPick;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A programme's funders as directory organisations: those picked from the directory, then those named (linked to the
 * organisation of that exact name, kept as a name where the directory has none), each once.
 */
@Component
class FunderPicks {

    private final Directory directory;
    private final BudgetRepository budgets;

    FunderPicks(Directory directory, BudgetRepository budgets) {
        this.directory = directory;
        this.budgets = budgets;
    }

    /** A breach when an organisation picked is not in the directory. */
    Optional<Breach> unknown(ProgrammeDraft draft) {
        return draft.funders().picked().stream()
                        .anyMatch(id -> directory.organisationName(id).isEmpty())
                ? Optional.of(new Breach("funderIds", "programme.funders.unknown"))
                : Optional.empty();
    }

    /** Makes the programme's funders those of the draft, keeping the amounts of those it keeps. */
    void record(UUID programmeId, ProgrammeDraft draft) {
        budgets.setFunders(programmeId, picks(draft));
    }

    private List<FunderPick> picks(ProgrammeDraft draft) {
        List<FunderPick> picks = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (UUID id : draft.funders().picked()) {
            directory.organisationName(id).ifPresent(name -> add(picks, seen, new FunderPick(id, name)));
        }
        for (String typed : draft.funders().named()) {
            String name = typed.strip();
            add(picks, seen, new FunderPick(directory.organisationIdByName(name).orElse(null), name));
        }
        return picks;
    }

    private static void add(List<FunderPick> picks, Set<Object> seen, FunderPick pick) {
        String name = pick.name().toLowerCase(java.util.Locale.ROOT);
        if (seen.contains(name) || (pick.organisationId() != null && seen.contains(pick.organisationId()))) {
            return;
        }
        seen.add(name);
        if (pick.organisationId() != null) {
            seen.add(pick.organisationId());
        }
        picks.add(pick);
    }
}
