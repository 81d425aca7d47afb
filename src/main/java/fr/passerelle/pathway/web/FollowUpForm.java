package fr.passerelle.pathway.web;

import fr.passerelle.pathway.internal.FollowUpAnswer;

/**
 * The follow-up form as typed: the commune as a code (chosen from the suggestions) or as typed text, the date from a
 * date field or typed the French way, the jobs as typed.
 */
record FollowUpForm(
        FollowUpAnswer answer, String commune, String communeLabel, String installedOn, String jobs, String comment) {

    static FollowUpForm empty() {
        return new FollowUpForm(null, "", "", "", "", "");
    }
}
