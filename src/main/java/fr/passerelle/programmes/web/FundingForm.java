package fr.passerelle.programmes.web;

import fr.passerelle.common.Euros;
import java.util.UUID;

/** A funder of the programme (chosen in a list) and what was requested from it, granted and paid. */
record FundingForm(UUID funderId, Euros requested, Euros granted, Euros paid) {

    static FundingForm empty() {
        return new FundingForm(null, null, null, null);
    }
}
