package fr.passerelle.programmes.internal;

import fr.passerelle.directory.Directory;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, links each funder still known by its name alone (as V83 migrated them) to the directory organisation
 * of that exact name, once the directory has one; a name no organisation bears stays as it is, so nothing is lost.
 */
@Component
@Order(55)
@RequiredArgsConstructor
class FunderLinks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FunderLinks.class);

    private final BudgetRepository budgets;
    private final Directory directory;

    @Override
    public void run(ApplicationArguments args) {
        int linked = 0;
        for (Funder funder : budgets.unlinkedFunders()) {
            var organisation = directory.organisationIdByName(funder.name());
            if (organisation.isPresent()) {
                budgets.link(funder.id(), organisation.get());
                linked++;
            }
        }
        if (linked > 0) {
            log.info("{} programme funders linked to their directory organisations", linked);
        }
    }
}
