package fr.passerelle.programmes.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A programme or an action that breaks rules; {@link #breaches()} lists every one, for a form to show them all. */
public class ProgrammeRejectedException extends RuleViolation {

    ProgrammeRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
