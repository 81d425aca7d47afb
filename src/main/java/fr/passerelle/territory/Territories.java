package fr.passerelle.territory;

import fr.passerelle.territory.internal.CommuneRepository;
import fr.passerelle.territory.internal.PerimeterRepository;
import fr.passerelle.territory.internal.TerritoryCache;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory module's facade: communes, their search, and perimeters with their containment.
 * What the cache serves joins the caller's transaction if any, and opens none of its own.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Territories {

    /** The code of the perimeter member standing for the whole country. */
    public static final String FRANCE = "FR";

    private final CommuneRepository communes;
    private final PerimeterRepository perimeters;
    private final TerritoryCache cache;

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Commune> commune(String code) {
        return cache.commune(code, communes::find);
    }

    /**
     * The commune a form field names: the one chosen from the suggestions (its code), or, without JavaScript, the
     * best match of what was typed; empty when neither names a known commune.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Commune> chosenOrTyped(String code, String typed) {
        if (code != null && !code.isBlank()) {
            return commune(code.strip());
        }
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return searchCommunes(typed.strip(), 1).stream().findFirst().flatMap(match -> commune(match.code()));
    }

    /**
     * The INSEE code a commune field of a form sends: the commune's {@link #chosenOrTyped}, else the code as sent, for
     * the caller's rules to refuse; empty when no code was sent and what was typed, if anything, names no commune.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> communeCode(String code, String typed) {
        return chosenOrTyped(code, typed)
                .map(Commune::code)
                .or(() -> Optional.ofNullable(code).map(String::strip).filter(sent -> !sent.isEmpty()));
    }

    /** Communes by name or postal code, accents and case ignored, best match first. */
    public List<CommuneMatch> searchCommunes(String query, int limit) {
        return communes.search(query, Math.max(1, Math.min(limit, 50)));
    }

    public long communeCount() {
        return communes.count();
    }

    /**
     * The perimeter of an official territory (created on first use).
     *
     * @throws UnknownTerritoryException when no current territory has this code; nothing is written
     *     then, and the caller's transaction may go on
     */
    @Transactional(noRollbackFor = UnknownTerritoryException.class)
    public Perimeter officialPerimeter(PerimeterKind kind, String code) {
        return perimeters.official(kind, code);
    }

    /** A new perimeter of a non-official kind, as a union of official territories. */
    @Transactional
    public Perimeter createPerimeter(PerimeterKind kind, String name, List<PerimeterMember> members) {
        return perimeters.create(kind, name, members);
    }

    /** A perimeter of a non-official kind (a park, a GAL...) by its name. */
    public Optional<Perimeter> perimeterNamed(PerimeterKind kind, String name) {
        return perimeters.named(kind, name);
    }

    public Optional<Perimeter> perimeter(UUID id) {
        return perimeters.find(id);
    }

    /** Whether the perimeter covers the commune, directly or through its EPCI, département, région or the country. */
    public boolean covers(UUID perimeterId, String communeCode) {
        return perimeters.covers(perimeterId, communeCode);
    }

    /** The perimeters of these ids, in no particular order; unknown ids are left out. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Perimeter> perimeters(java.util.Collection<UUID> ids) {
        return List.copyOf(cache.perimeters(ids, perimeters::findAll));
    }

    /** The official territories a perimeter is made of. */
    public List<PerimeterMember> members(UUID perimeterId) {
        return perimeters.members(perimeterId);
    }

    /** The codes of the communes these perimeters cover, in code order. */
    public List<String> communeCodes(java.util.Collection<UUID> perimeterIds) {
        return perimeterIds.isEmpty() ? List.of() : perimeters.communeCodes(perimeterIds);
    }

    /**
     * The perimeters of a regional network: those it maintains, and the official territories inside its régions.
     */
    public List<UUID> networkPerimeters(UUID network, List<String> regionCodes) {
        return perimeters.ofNetwork(network, regionCodes);
    }

    /**
     * Whether any of these perimeters lies in the network's territory (what it maintains, the official territories
     * of its régions) or is the whole country: where a network's coordinators act.
     */
    public boolean meetNetwork(java.util.Collection<UUID> perimeterIds, UUID network, List<String> regionCodes) {
        return perimeters.meetNetwork(perimeterIds, network, regionCodes);
    }

    /** The codes of the départements of a région. */
    public List<String> departementCodes(String regionCode) {
        return perimeters.departementCodes(regionCode);
    }

    /** Every département, in code order, for the forms that offer a choice of them. */
    public List<Area> departements() {
        return perimeters.departements();
    }

    /**
     * The ids of the perimeters that cover the département or part of it: the country, its région, the département,
     * and those made of its EPCIs or communes (a park, a GAL), for what is said "in the département".
     */
    public List<UUID> perimetersMeeting(String departementCode) {
        return perimeters.meeting(departementCode);
    }

    /** Every perimeter that covers the commune, the most local first. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Perimeter> perimetersCovering(String communeCode) {
        return cache.covering(communeCode, perimeters::covering);
    }
}
