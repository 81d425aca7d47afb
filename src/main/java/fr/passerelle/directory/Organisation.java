package fr.passerelle.directory;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.Challenge;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.Quality;
import fr.passerelle.directory.internal.SubKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organisation of the directory, with the perimeters it covers as a coordinator approved them: the coverage that
 * searches, orientation and access checks read. A change its members propose waits apart until it is approved.
 */
public record Organisation(
        UUID id,
        String name,
        OrganisationKind kind,
        Family family,
        SubKind subKind,
        Area area,
        String description,
        String siret,
        String website,
        String email,
        String phone,
        String address,
        String communeCode,
        Double latitude,
        Double longitude,
        List<String> networks,
        List<Challenge> challenges,
        List<Sector> sectors,
        EntryStatus status,
        LocalDate lastVerifiedOn,
        List<UUID> coverage) {

    public double completeness() {
        return Quality.completeness(
                description, subKind, website, email != null ? email : phone, address, communeCode, latitude, coverage);
    }

    public double quality(LocalDate today) {
        return Quality.score(completeness(), lastVerifiedOn, today);
    }

    /** Entries unverified for more than a year are flagged to their owners. */
    public boolean stale(LocalDate today) {
        return lastVerifiedOn == null || lastVerifiedOn.isBefore(today.minusYears(1));
    }
}
