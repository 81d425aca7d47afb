package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.WorkItem;
import fr.passerelle.accounts.WorkItems;
import fr.passerelle.intake.Intakes;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a professional's page of work: their desk's new requests to take; for coordinators, those no desk took. */
@Component
record IntakeWork(Intakes intakes) implements WorkItems {

    @Override
    public List<WorkItem> items(AccountUser user) {
        return List.of(
                new WorkItem(10, "work.intake.toTake", intakes.toTake(user), "/accueil/demandes"),
                new WorkItem(15, "work.intake.untaken", intakes.untakenByDesks(user), "/accueil/demandes"));
    }
}
