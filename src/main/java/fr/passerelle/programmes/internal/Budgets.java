package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Euros;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Stands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets and co-financing, kept by the programmes' coordinators: a programme's budget lines (planned, spent) and its
 * funders' shares (requested, granted, paid); an action's costs and the shares its territories take on. The rules
 * are in {@link BudgetRules}; the database holds them too (V83).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Budgets {

    private final Programmes programmes;
    private final BudgetRepository repository;
    private final Directory directory;
    private final Stands stands;

    /** The programme's budget lines and funders. */
    public ProgrammeBudget budget(AccountUser user, UUID programmeId) {
        Programme programme = programmes.programme(user, programmeId);
        return new ProgrammeBudget(
                programmeId,
                programme.name(),
                programme.years(),
                repository.lines(programmeId),
                repository.funders(programmeId));
    }

    /**
     * Adds a line to the programme's budget, or changes the amounts of the line of that label.
     *
     * @throws ProgrammeRejectedException listing every rule the line breaks
     */
    @Transactional
    public UUID setLine(AccountUser user, UUID programmeId, String label, Euros planned, Euros spent) {
        checkLine(user, programmeId, label, planned, spent);
        Euros spentOrNone = spent == null ? Euros.ZERO : spent;
        return repository
                .lineByLabel(programmeId, label)
                .map(id -> {
                    repository.updateLine(id, planned, spentOrNone);
                    return id;
                })
                .orElseGet(() -> repository.insertLine(programmeId, label, planned, spentOrNone));
    }

    public void checkLine(AccountUser user, UUID programmeId, String label, Euros planned, Euros spent) {
        programmes.programme(user, programmeId);
        BudgetRules.reject(BudgetRules.line(label, planned, spent));
    }

    /** @return the programme the line was in */
    @Transactional
    public UUID removeLine(AccountUser user, UUID lineId) {
        BudgetLine line = repository.line(lineId).orElseThrow(() -> new ProgrammeNotFoundException(lineId));
        programmes.programme(user, line.programmeId());
        repository.deleteLine(lineId);
        return line.programmeId();
    }

    /**
     * Sets what was requested from a funder of the programme, what it granted and what it paid.
     *
     * @throws ProgrammeRejectedException listing every rule the amounts break
     */
    @Transactional
    public void setFunding(
            AccountUser user, UUID programmeId, UUID funderId, Euros requested, Euros granted, Euros paid) {
        checkFunding(user, programmeId, funderId, requested, granted, paid);
        try {
            repository.setFunding(funderId, requested, granted, paid == null ? Euros.ZERO : paid);
        } catch (DataIntegrityViolationException broken) {
            throw new ProgrammeRejectedException(List.of(new Breach("granted", "budget.granted.overRequested")));
        }
    }

    public void checkFunding(
            AccountUser user, UUID programmeId, UUID funderId, Euros requested, Euros granted, Euros paid) {
        programmes.programme(user, programmeId);
        List<Breach> breaches = new ArrayList<>();
        if (funderId == null
                || repository
                        .funder(funderId)
                        .filter(funder -> funder.programmeId().equals(programmeId))
                        .isEmpty()) {
            breaches.add(new Breach("funderId", "budget.funder.unknown"));
        }
        breaches.addAll(BudgetRules.funding(requested, granted, paid));
        BudgetRules.reject(breaches);
    }

    /** The action's costs, its territories (a stand's) and their shares, by name. */
    public ActionCosts costs(AccountUser user, UUID actionId) {
        ProgrammeAction action = programmes.action(user, actionId);
        List<UUID> territories = territories(action);
        Map<UUID, String> names = directory.organisationNames(territories.stream());
        List<ActionCost> costs = repository.costs(actionId).stream()
                .map(cost -> named(cost, names))
                .toList();
        return new ActionCosts(
                actionId,
                costs,
                territories.stream()
                        .filter(names::containsKey)
                        .map(id -> new ActionCosts.Territory(id, names.get(id)))
                        .sorted(java.util.Comparator.comparing(ActionCosts.Territory::name))
                        .toList());
    }

    private static ActionCost named(ActionCost cost, Map<UUID, String> names) {
        List<ActionCost.Share> shares = cost.shares().stream()
                .map(share -> new ActionCost.Share(
                        share.territoryId(), names.getOrDefault(share.territoryId(), "?"), share.amount()))
                .sorted(java.util.Comparator.comparing(ActionCost.Share::territoryName))
                .toList();
        return new ActionCost(cost.id(), cost.actionId(), cost.label(), cost.amount(), shares);
    }

    /** The territories that take part in the action: a stand's; other actions have none. */
    private List<UUID> territories(ProgrammeAction action) {
        return action.kind() == ActionKind.STAND && action.eventId() != null
                ? stands.territories(action.eventId())
                : List.of();
    }

    /**
     * Adds a cost to the action.
     *
     * @throws ProgrammeRejectedException listing every rule the cost breaks
     */
    @Transactional
    public UUID addCost(AccountUser user, UUID actionId, String label, Euros amount) {
        checkCost(user, actionId, label, amount);
        return repository.insertCost(actionId, label, amount);
    }

    public void checkCost(AccountUser user, UUID actionId, String label, Euros amount) {
        programmes.action(user, actionId);
        List<Breach> breaches = new ArrayList<>(BudgetRules.cost(label, amount));
        if (BudgetRules.labelled(label)
                && repository.costByLabel(actionId, label).isPresent()) {
            breaches.add(new Breach("label", "budget.cost.taken"));
        }
        BudgetRules.reject(breaches);
    }

    /** @return the action the cost was of */
    @Transactional
    public UUID removeCost(AccountUser user, UUID costId) {
        UUID actionId = repository
                .cost(costId, null)
                .orElseThrow(() -> new ProgrammeNotFoundException(costId))
                .actionId();
        programmes.action(user, actionId);
        repository.deleteCost(costId);
        return actionId;
    }

    /**
     * Sets a territory's share of one of the action's costs (zero takes it off): the territory takes part in the
     * action, and the shares never add up to more than the cost.
     *
     * @throws ProgrammeRejectedException listing every rule the share breaks
     */
    @Transactional
    public void setShare(AccountUser user, UUID actionId, UUID costId, UUID territoryId, Euros amount) {
        checkShare(user, actionId, costId, territoryId, amount);
        try {
            repository.setShare(costId, territoryId, amount);
        } catch (DataIntegrityViolationException raced) {
            throw new ProgrammeRejectedException(List.of(new Breach("share", "budget.share.overCost")));
        }
    }

    public void checkShare(AccountUser user, UUID actionId, UUID costId, UUID territoryId, Euros amount) {
        ProgrammeAction action = programmes.action(user, actionId);
        List<Breach> breaches = new ArrayList<>();
        var cost = costId == null
                ? java.util.Optional.<BudgetRepository.CostHeld>empty()
                : repository.cost(costId, territoryId).filter(held -> held.actionId()
                        .equals(actionId));
        if (cost.isEmpty()) {
            breaches.add(new Breach("costId", "budget.share.cost.unknown"));
        }
        if (territoryId == null || !territories(action).contains(territoryId)) {
            breaches.add(new Breach("territoryId", "budget.share.territory.notInAction"));
        }
        breaches.addAll(BudgetRules.share(amount, cost.orElse(null)));
        BudgetRules.reject(breaches);
    }
}
