package fr.passerelle.programmes.web;

import fr.passerelle.common.Euros;
import java.util.UUID;

/** A territory's share of one of the action's costs (zero takes the territory off the cost). */
record ShareForm(UUID costId, UUID territoryId, Euros share) {

    static ShareForm empty() {
        return new ShareForm(null, null, null);
    }
}
