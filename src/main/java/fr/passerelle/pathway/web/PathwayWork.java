package fr.passerelle.pathway.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.WorkItem;
import fr.passerelle.accounts.WorkItems;
import fr.passerelle.pathway.internal.FollowUps;
import fr.passerelle.pathway.internal.Pathway;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a professional's page of work: the referrals their structures have to answer, the follow-up questions due. */
@Component
record PathwayWork(Pathway pathway, FollowUps followUps) implements WorkItems {

    @Override
    public List<WorkItem> items(AccountUser user) {
        return List.of(
                new WorkItem(20, "work.referrals.toAnswer", pathway.toAnswer(user), "/parcours/orientations"),
                new WorkItem(25, "work.followUps.due", followUps.dueCount(user), "/parcours/orientations#suivis"));
    }
}
