package fr.passerelle.pathway.web;

import fr.passerelle.pathway.internal.FollowUpAnswer;
import java.time.LocalDate;

/**
 * The follow-up form: the commune as a code (chosen from the suggestions) or as typed text, the date from a date field
 * or typed the French way, the jobs as typed.
 */
record FollowUpForm(
        FollowUpAnswer answer,
        String commune,
        String communeLabel,
        LocalDate installedOn,
        String jobs,
        String comment) {

    static FollowUpForm empty() {
        return new FollowUpForm(null, "", "", null, "", "");
    }
}
