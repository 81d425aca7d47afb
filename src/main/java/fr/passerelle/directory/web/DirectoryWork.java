package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.internal.OrganisationClaims;
import fr.passerelle.web.WorkItem;
import fr.passerelle.web.WorkItems;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the network staff's page of work: what waits in the directory's moderation, as its page lists it (proposals,
 * coverage changes, requests to join a structure, errors reported).
 */
@Component
class DirectoryWork implements WorkItems {

    private static final String MODERATION = "/annuaire/moderation";

    private final Directory directory;
    private final OrganisationClaims claims;

    DirectoryWork(Directory directory, OrganisationClaims claims) {
        this.directory = directory;
        this.claims = claims;
    }

    @Override
    public List<WorkItem> items(Authentication authentication) {
        AccountUser user = AccountUser.of(authentication);
        if (user == null || !user.networkStaff()) {
            return List.of();
        }
        int proposals = directory.proposedOrganisations().size()
                + directory.proposedSchemes().size();
        return List.of(
                new WorkItem(40, "work.moderation.proposals", proposals, MODERATION),
                new WorkItem(
                        41,
                        "work.moderation.coverage",
                        directory.waitingCoverageChanges().size(),
                        MODERATION),
                new WorkItem(42, "work.moderation.claims", claims.waiting().size(), MODERATION + "#rattachements"),
                new WorkItem(
                        43, "work.moderation.reports", directory.openReports().size(), MODERATION));
    }
}
