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
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A programme's funders as directory organisations: those picked from the directory (ticked, or searched with the
 * organisation picker), then those named (linked to the organisation of that exact name, kept as a name where the
 * directory has none), each once.
 */
@Component
@RequiredArgsConstructor
class FunderPicks {

    /** The picker's field on the programme form; nothing searched is no error (the field is optional). */
    private static final OrganisationPicker.Field SEARCHED =
            new OrganisationPicker.Field("funderSearched", null, "programme.funders.searched.unknown");

    private final Directory directory;
    private final BudgetRepository budgets;
    private final OrganisationPicker picker;

    /**
     * The breaches of the draft's funders: an organisation ticked that is not in the directory; the funder searched
     * with the picker that is no published organisation (see {@link OrganisationPicker#pick}).
     */
    List<Breach> breaches(ProgrammeDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        if (draft.funders().picked().stream()
                .anyMatch(id -> directory.organisationName(id).isEmpty())) {
            breaches.add(new Breach("funderIds", "programme.funders.unknown"));
        }
        searched(draft, breaches);
        return breaches;
    }

    /** The organisations to choose from under the picker when the funder searched was not found. */
    List<OrganisationOption> candidates(ProgrammeDraft draft) {
        ProgrammeDraft.Funders funders = draft.funders();
        return funders.anySearched() ? picker.candidates(funders.searched(), funders.chosen()) : List.of();
    }

    /** The funder searched with the picker, when there is one and it is a published organisation. */
    private Optional<UUID> searched(ProgrammeDraft draft, List<Breach> breaches) {
        ProgrammeDraft.Funders funders = draft.funders();
        return funders.anySearched()
                ? picker.pick(SEARCHED, funders.searched(), funders.chosen(), breaches)
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
        searched(draft, new ArrayList<>())
                .ifPresent(id ->
                        directory.organisationName(id).ifPresent(name -> add(picks, seen, new FunderPick(id, name))));
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
