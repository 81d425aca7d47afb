package fr.passerelle.resources.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A resource that breaks rules; {@link #breaches()} lists every one. */
public class ResourceRejectedException extends RuleViolation {

    ResourceRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
