package fr.passerelle.territory.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A perimeter draft breaks rules (its kind, its name, members unknown or missing); nothing was written. */
public class PerimeterRejectedException extends RuleViolation {

    PerimeterRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
