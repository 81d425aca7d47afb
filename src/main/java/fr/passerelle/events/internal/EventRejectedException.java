package fr.passerelle.events.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** An event or a registration that breaks rules; {@link #breaches()} lists every one. */
public class EventRejectedException extends RuleViolation {

    public EventRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
