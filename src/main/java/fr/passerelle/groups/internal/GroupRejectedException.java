package fr.passerelle.groups.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A request or a change that breaks rules; {@link #breaches()} lists every one. */
public class GroupRejectedException extends RuleViolation {

    public GroupRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
