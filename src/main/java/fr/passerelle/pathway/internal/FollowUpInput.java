package fr.passerelle.pathway.internal;

import java.time.LocalDate;

/**
 * A structure's answer to a follow-up question.
 *
 * @param communeCode where the project settled (INSEE code), for an installation
 * @param installedOn when it settled (or started), for an installation
 * @param jobs jobs the activity counts, the holder's included: required for an installation and a running activity
 */
public record FollowUpInput(
        FollowUpAnswer answer, String communeCode, LocalDate installedOn, Integer jobs, String comment) {}
