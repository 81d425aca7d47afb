package fr.passerelle.accounts;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A network, or a user's assignment to one, that breaks the rules. */
public class NetworkRejectedException extends RuleViolation {

    public NetworkRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
