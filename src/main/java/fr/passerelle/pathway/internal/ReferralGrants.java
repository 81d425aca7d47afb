package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.intake.ProjectAccessGrants;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The advisors and agents of a structure a project was referred to may read it (with the holder's consent). */
@Component
record ReferralGrants(ReferralRepository referrals) implements ProjectAccessGrants {
    @Override
    public boolean grants(AccountUser user, UUID projectId) {
        return user != null
                && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))
                && !user.organisationIds().isEmpty()
                && referrals.referredTo(projectId, user.organisationIds());
    }
}
