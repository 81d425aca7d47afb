package fr.passerelle.intake;

import fr.passerelle.accounts.AccountUser;
import java.util.UUID;

/**
 * Who else may read a project than its desk and the coordinators: the structures it was referred or handed over
 * to. Implemented by the modules that send projects on (pathway), so that intake decides access without
 * depending on them; the holder's consent to share is checked by intake on top.
 */
public interface ProjectAccessGrants {

    boolean grants(AccountUser user, UUID projectId);
}
