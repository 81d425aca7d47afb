package fr.passerelle.pathway.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.pathway.internal.FollowUps;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.web.WorkItem;
import fr.passerelle.web.WorkItems;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On a professional's page of work: the referrals their structures have to answer, the follow-up questions due. */
@Component
class PathwayWork implements WorkItems {

    private final Pathway pathway;
    private final FollowUps followUps;

    PathwayWork(Pathway pathway, FollowUps followUps) {
        this.pathway = pathway;
        this.followUps = followUps;
    }

    @Override
    public List<WorkItem> items(Authentication authentication) {
        AccountUser user = AccountUser.of(authentication);
        if (user == null || !user.professional()) {
            return List.of();
        }
        return List.of(
                new WorkItem(20, "work.referrals.toAnswer", pathway.toAnswer(user), "/parcours/orientations"),
                new WorkItem(25, "work.followUps.due", followUps.dueCount(user), "/parcours/orientations#suivis"));
    }
}
