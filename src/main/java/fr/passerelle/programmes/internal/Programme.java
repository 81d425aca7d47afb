package fr.passerelle.programmes.internal;

import java.util.List;
import java.util.UUID;

/**
 * A programme (démarche) of the network over some years.
 *
 * @param funders the funders' names, as the yearly report filters them
 * @param objectives the programme's objectives, in order
 */
public record Programme(
        UUID id,
        String name,
        int firstYear,
        int lastYear,
        UUID leadOrganisationId,
        String team,
        String steeringCommittee,
        String partners,
        List<String> funders,
        List<String> objectives,
        String description,
        String assessment) {

    /** "2016–2018", or "2017" for one year. */
    public String years() {
        return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }
}
