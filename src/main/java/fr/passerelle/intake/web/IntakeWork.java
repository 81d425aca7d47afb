package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.intake.Intakes;
import fr.passerelle.web.WorkItem;
import fr.passerelle.web.WorkItems;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a professional's page of work: their desk's new requests to take; for coordinators, those no desk took. */
@Component
class IntakeWork implements WorkItems {

    private final Intakes intakes;

    IntakeWork(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public List<WorkItem> items(Authentication authentication) {
        AccountUser user = AccountUser.of(authentication);
        if (user == null || !user.professional()) {
            return List.of();
        }
        return List.of(
                new WorkItem(10, "work.intake.toTake", intakes.toTake(user), "/accueil/demandes"),
                new WorkItem(15, "work.intake.untaken", intakes.untakenByDesks(user), "/accueil/demandes"));
    }
}
