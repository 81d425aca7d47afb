package fr.passerelle.programmes.web;

import fr.passerelle.common.Euros;

/** A cost of an action: what it pays for, and how much. */
record CostForm(String label, Euros amount) {

    static CostForm empty() {
        return new CostForm("", null);
    }
}
