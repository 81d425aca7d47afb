package fr.passerelle.territory;

import java.util.Set;
import java.util.UUID;

/**
 * A perimeter was created or its members changed: what was known of its coverage is out of date for these communes
 * (those it now covers and no longer covers), and what was kept of its name for the perimeter itself.
 *
 * @param communes the codes of the communes whose coverage by the perimeter changed
 */
public record PerimeterChanged(UUID perimeter, Set<String> communes) {

    public PerimeterChanged {
        communes = Set.copyOf(communes);
    }
}
