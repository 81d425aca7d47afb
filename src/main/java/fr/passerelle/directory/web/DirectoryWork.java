package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.WorkItem;
import fr.passerelle.accounts.WorkItems;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.internal.OrganisationClaims;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On the network staff's page of work: what waits in the directory's moderation, as its page lists it (proposals,
 * coverage changes, requests to join a structure, errors reported).
 */
@Component
record DirectoryWork(Directory directory, OrganisationClaims claims) implements WorkItems {

    private static final String MODERATION = "/annuaire/moderation";

    @Override
    public boolean concerns(AccountUser user) {
        return user.networkStaff();
    }

    @Override
    public List<WorkItem> items(AccountUser user) {
        int proposals = directory.proposedOrganisations(user).size()
                + directory.proposedSchemes(user).size();
        return List.of(
                new WorkItem(40, "work.moderation.proposals", proposals, MODERATION),
                new WorkItem(
                        41,
                        "work.moderation.coverage",
                        directory.waitingCoverageChanges(user).size(),
                        MODERATION),
                new WorkItem(42, "work.moderation.claims", claims.waiting(user).size(), MODERATION + "#rattachements"),
                new WorkItem(
                        43,
                        "work.moderation.reports",
                        directory.openReports(user).size(),
                        MODERATION));
    }
}
