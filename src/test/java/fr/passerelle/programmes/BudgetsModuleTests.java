package fr.passerelle.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Euros;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.directory.Directory;
import fr.passerelle.programmes.internal.ActionCost;
import fr.passerelle.programmes.internal.ActionCosts;
import fr.passerelle.programmes.internal.Budgets;
import fr.passerelle.programmes.internal.Funder;
import fr.passerelle.programmes.internal.ProgrammeBudget;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import fr.passerelle.programmes.internal.ProgrammeRejectedException;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.ProgrammesDemoData;
import fr.passerelle.testing.ModuleTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Budgets and co-financing on the programmes module's own configuration (the same as {@link ProgrammesModuleTests},
 * so one context serves both): the database refuses wrong amounts whoever writes them, the rules say each in a
 * breach beside its field, funders are directory organisations (a name no organisation bears is kept), the
 * demonstration programme's budget and the 2016 stand's shares add up, and only coordinators keep them.
 */
@ModuleTest(extraIncludes = {"accounts", "orientation", "contacts"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class BudgetsModuleTests {

    private static final AccountUser COORDINATOR = user(Role.COORDINATOR);

    @Autowired
    Programmes programmes;

    @Autowired
    Budgets budgets;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private static AccountUser user(Role role) {
        return new AccountUser(
                UUID.randomUUID(), role.name() + "@exemple.fr", "Personne de test", Set.of(role), Set.of(), true, null);
    }

    private UUID demoProgramme() {
        return jdbc.sql("select id from programme where name = :name")
                .param("name", ProgrammesDemoData.NAME)
                .query(UUID.class)
                .single();
    }

    private UUID stand() {
        return jdbc.sql("select id from programme_action where title like 'Stand commun des territoires%'")
                .query(UUID.class)
                .single();
    }

    private UUID programme(List<String> funders) {
        return programmes.create(
                COORDINATOR,
                new ProgrammeDraft(
                        "Démarche " + UUID.randomUUID(),
                        2020,
                        2022,
                        null,
                        new ProgrammeDraft.Presentation(null, null, null, List.of(), null),
                        ProgrammeDraft.Funders.named(funders)));
    }

    private static Euros eur(String typed) {
        return Euros.parse(typed);
    }

    @Test
    void theDemonstrationBudgetShowsPlannedAgainstSpentAndEachFundersShare() {
        ProgrammeBudget budget = budgets.budget(COORDINATOR, demoProgramme());

        assertThat(budget.lines()).hasSize(5);
        assertThat(budget.planned()).isEqualTo(eur("154 000"));
        assertThat(budget.spent()).isEqualTo(eur("134 968,70"));
        assertThat(budget.funders())
                .extracting(Funder::name)
                .containsExactly("Région Auvergne-Rhône-Alpes", "État – FNADT", "Union européenne – FEADER");
        assertThat(budget.funders()).allSatisfy(funder -> assertThat(funder.organisationId())
                .isEqualTo(directory.organisationIdByName(funder.name()).orElseThrow()));
        assertThat(budget.requested()).isEqualTo(eur("148 000"));
        assertThat(budget.granted()).isEqualTo(eur("140 000"));
        assertThat(budget.paid()).isEqualTo(eur("109 500"));
        assertThat(budget.toBePaid()).isEqualTo(eur("30 500"));
        assertThat(budget.unfunded()).isEqualTo(eur("14 000"));
    }

    @Test
    void theStandsCostIsSharedAmongItsNineTerritories() {
        ActionCosts costs = budgets.costs(COORDINATOR, stand());

        assertThat(costs.costs())
                .extracting(ActionCost::label)
                .containsExactly("Location de l’emplacement", "Mobilier et signalétique", "Impression des documents");
        assertThat(costs.total()).isEqualTo(eur("7 500"));
        assertThat(costs.territories()).hasSize(9);
        assertThat(costs.byTerritory()).hasSize(9).allSatisfy(territory -> assertThat(territory.amount())
                .isEqualTo(eur("800")));
        assertThat(costs.unshared()).isEqualTo(eur("300"));
    }

    @Test
    void theDatabaseRefusesNegativeAmountsGrantsOverRequestsAndSharesOverTheCost() {
        UUID programme = demoProgramme();
        UUID funder = budgets.budget(COORDINATOR, programme).funders().get(0).id();
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into budget_line (programme_id, label, planned_cents) values (:p, 'Essai', -1)")
                        .param("p", programme)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.sql("update programme_funder set granted_cents = requested_cents + 1 where id = :id")
                                .param("id", funder)
                                .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("programme_funder_granted_within_requested");
        assertThatThrownBy(() -> jdbc.sql("update programme_funder set paid_cents = granted_cents + 1 where id = :id")
                        .param("id", funder)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("programme_funder_paid_within_granted");

        UUID cost = jdbc.sql("select id from action_cost where label = 'Mobilier et signalétique'")
                .query(UUID.class)
                .single();
        // The nine shares take 1 620 €: one more euro for one territory is more than the cost.
        assertThatThrownBy(() -> jdbc.sql(
                                "update action_cost_share set amount_cents = amount_cents + 100 where cost_id = :c"
                                        + " and territory_id = (select min(territory_id::text)::uuid"
                                        + " from action_cost_share where cost_id = :c)")
                        .param("c", cost)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("action_cost_shares_within_cost");
        assertThatThrownBy(() -> jdbc.sql("update action_cost set amount_cents = 100000 where id = :c")
                        .param("c", cost)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("action_cost_shares_within_cost");
        assertThatThrownBy(() -> jdbc.sql("insert into action_cost (action_id, label, amount_cents)"
                                + " values (:a, 'Négatif', -500)")
                        .param("a", stand())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theRulesSayEachWrongAmountBesideItsField() {
        UUID programme = demoProgramme();
        UUID funder = budgets.budget(COORDINATOR, programme).funders().get(0).id();
        assertThat(breaches(() -> budgets.setLine(COORDINATOR, programme, "x", eur("-12"), eur("-1"))))
                .containsExactlyInAnyOrder(
                        new Breach("label", "budget.label.length"),
                        new Breach("planned", "budget.amount.negative"),
                        new Breach("spent", "budget.amount.negative"));
        assertThat(breaches(
                        () -> budgets.setFunding(COORDINATOR, programme, funder, eur("1000"), eur("1200"), eur("0"))))
                .containsExactly(new Breach("granted", "budget.granted.overRequested"));
        assertThat(breaches(() -> budgets.setFunding(COORDINATOR, programme, funder, eur("1000"), null, eur("10"))))
                .containsExactly(new Breach("paid", "budget.paid.overGranted"));
        assertThat(breaches(() -> budgets.setFunding(COORDINATOR, programme, UUID.randomUUID(), null, null, null)))
                .containsExactlyInAnyOrder(
                        new Breach("funderId", "budget.funder.unknown"),
                        new Breach("requested", "budget.amount.required"));

        UUID stand = stand();
        ActionCosts costs = budgets.costs(COORDINATOR, stand);
        ActionCost printing = costs.costs().stream()
                .filter(cost -> cost.label().equals("Impression des documents"))
                .findFirst()
                .orElseThrow();
        UUID territory = costs.territories().get(0).id();
        // The other eight take 960 € of the printing's 1 080 €: 121 € is one euro too many.
        assertThat(breaches(() -> budgets.setShare(COORDINATOR, stand, printing.id(), territory, eur("121"))))
                .containsExactly(new Breach("share", "budget.share.overCost", List.of(eur("1080"), eur("120"))));
        assertThat(breaches(() -> budgets.setShare(COORDINATOR, stand, printing.id(), UUID.randomUUID(), eur("1"))))
                .contains(new Breach("territoryId", "budget.share.territory.notInAction"));
        assertThat(breaches(() -> budgets.addCost(COORDINATOR, stand, "Location de l’emplacement", eur("-3"))))
                .containsExactlyInAnyOrder(
                        new Breach("label", "budget.cost.taken"), new Breach("amount", "budget.amount.negative"));

        budgets.setShare(COORDINATOR, stand, printing.id(), territory, eur("120"));
        assertThat(budgets.costs(COORDINATOR, stand).costs().get(2).shared()).isEqualTo(eur("1080"));
    }

    @Test
    void fundersAreDirectoryOrganisationsAndANameNoneBearsIsKept() {
        UUID programme = programme(List.of("Région Auvergne-Rhône-Alpes", "Fondation des Monts inconnue"));
        UUID region =
                directory.organisationIdByName("Région Auvergne-Rhône-Alpes").orElseThrow();
        List<Funder> funders = budgets.budget(COORDINATOR, programme).funders();
        assertThat(funders).extracting(Funder::organisationId).containsExactly(region, null);
        assertThat(funders)
                .extracting(Funder::name)
                .containsExactly("Région Auvergne-Rhône-Alpes", "Fondation des Monts inconnue");

        budgets.setFunding(COORDINATOR, programme, funders.get(0).id(), eur("5 000"), eur("4 000"), eur("1 000"));
        UUID feader =
                directory.organisationIdByName("Union européenne – FEADER").orElseThrow();
        var programmeNow = programmes.programme(COORDINATOR, programme);
        programmes.update(
                COORDINATOR,
                programme,
                new ProgrammeDraft(
                        programmeNow.name(),
                        2020,
                        2022,
                        null,
                        new ProgrammeDraft.Presentation(null, null, null, List.of(), null),
                        new ProgrammeDraft.Funders(List.of(), List.of(feader, region))));
        List<Funder> kept = budgets.budget(COORDINATOR, programme).funders();
        assertThat(kept)
                .extracting(Funder::name)
                .containsExactly("Union européenne – FEADER", "Région Auvergne-Rhône-Alpes");
        assertThat(kept.get(1).granted()).isEqualTo(eur("4000"));
        assertThat(programmes.programme(COORDINATOR, programme).funders())
                .containsExactly("Union européenne – FEADER", "Région Auvergne-Rhône-Alpes");
        assertThat(breaches(() -> programmes.update(
                        COORDINATOR,
                        programme,
                        new ProgrammeDraft(
                                programmeNow.name(),
                                2020,
                                2022,
                                null,
                                new ProgrammeDraft.Presentation(null, null, null, List.of(), null),
                                new ProgrammeDraft.Funders(List.of(), List.of(UUID.randomUUID()))))))
                .contains(new Breach("funderIds", "programme.funders.unknown"));
    }

    @Test
    void onlyCoordinatorsKeepBudgets() {
        UUID programme = demoProgramme();
        UUID stand = stand();
        for (Role role : List.of(Role.ADVISOR, Role.TERRITORY_AGENT)) {
            AccountUser other = user(role);
            assertThatThrownBy(() -> budgets.budget(other, programme)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> budgets.costs(other, stand)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> budgets.setLine(other, programme, "Essai", eur("1"), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> budgets.budget(null, programme)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<Breach> breaches(Runnable action) {
        try {
            action.run();
        } catch (ProgrammeRejectedException rejected) {
            return ((RuleViolation) rejected).breaches();
        }
        throw new AssertionError("No breach");
    }
}
