package fr.passerelle.programmes.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Euros;
import fr.passerelle.events.Stands;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration programme's budget (2016–2018): its lines planned and spent, its three funders' shares (the
 * Region, the State's FNADT, the EU's FEADER: directory organisations), and the 2016 stand's cost (rental, furniture,
 * printing) shared among its nine territories, 800 € each, the network bearing the rest. Left as it is when the
 * programme already has a budget.
 */
@Component
@ConditionalOnDemoData
@Order(52)
record BudgetsDemoData(
        BudgetRepository budgets,
        ProgrammeRepository programmes,
        Stands stands,
        JdbcClient jdbc,
        TransactionTemplate tx)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetsDemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(
                status -> programmes.idByName(ProgrammesDemoData.NAME).ifPresent(this::seed));
    }

    private void seed(UUID programme) {
        if (!budgets.lines(programme).isEmpty()) {
            return;
        }
        budgets.insertLine(programme, "Animation et coordination (chargées de mission)", eur(96_000), cents(9_145_000));
        budgets.insertLine(programme, "Sessions d’information et formations", eur(24_000), cents(2_138_050));
        budgets.insertLine(programme, "Stands communs sur les salons", eur(18_000), eur(7_500));
        budgets.insertLine(programme, "Outils de communication", eur(9_500), cents(872_580));
        budgets.insertLine(programme, "Déplacements", eur(6_500), cents(591_240));
        Map<String, List<Long>> funding = Map.of(
                "Région Auvergne-Rhône-Alpes", List.of(70_000L, 65_000L, 52_000L),
                "État – FNADT", List.of(40_000L, 40_000L, 40_000L),
                "Union européenne – FEADER", List.of(38_000L, 35_000L, 17_500L));
        for (Funder funder : budgets.funders(programme)) {
            List<Long> amounts = funding.get(funder.name());
            if (amounts != null) {
                budgets.setFunding(funder.id(), eur(amounts.get(0)), eur(amounts.get(1)), eur(amounts.get(2)));
            }
        }
        stand();
        log.info("Demonstration budget added to {}", ProgrammesDemoData.NAME);
    }

    /** The 2016 stand's costs, each territory taking 500 € of the rental, 180 € of the furniture, 120 € of printing. */
    private void stand() {
        var found = jdbc.sql(
                        """
                        select id, event_id from programme_action
                        where kind = 'stand' and title like 'Stand commun des territoires%' and event_id is not null
                        """)
                .query((rs, row) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class)})
                .optional();
        if (found.isEmpty()) {
            return;
        }
        UUID action = found.get()[0];
        List<UUID> territories = stands.territories(found.get()[1]);
        share(budgets.insertCost(action, "Location de l’emplacement", eur(4_800)), territories, eur(500));
        share(budgets.insertCost(action, "Mobilier et signalétique", eur(1_620)), territories, eur(180));
        share(budgets.insertCost(action, "Impression des documents", eur(1_080)), territories, eur(120));
    }

    private void share(UUID cost, List<UUID> territories, Euros each) {
        territories.forEach(territory -> budgets.setShare(cost, territory, each));
    }

    private static Euros eur(long euros) {
        return Euros.of(euros * 100);
    }

    private static Euros cents(long cents) {
        return Euros.of(cents);
    }
}
