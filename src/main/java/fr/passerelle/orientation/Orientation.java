package fr.passerelle.orientation;

import fr.passerelle.common.Audience;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Candidate;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Eligibility;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.ResponseRecord;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.SchemeWindow;
import fr.passerelle.directory.WelcomeDesk;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks what can help a project, as DESIGN.md's key rule says. Candidates are the schemes and organisations whose
 * coverage contains a target commune (through the territory hierarchy) and, for schemes, whose eligibility fits
 * the project's kind, stage, sector, ESS and collective nature and which are open on the day. Within each need
 * they are ordered by fit (conditions met explicitly rather than "open to all"), then locality (commune, EPCI,
 * pays, département, région, France), quality and freshness, distance when coordinates are known, the actor's
 * response record (share of referrals answered within five days), then name and id, so that the same project always gets the same order. The welcome desk of the target territory comes first.
 * Territories' activity offers that suit the project's kind join the needs they answer (a place, settling).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class Orientation {

    /** How many of each scheme type, and of each organisation family, the database hands over. */
    static final int PER_TYPE = 8;
    /** How many results each need shows. */
    static final int PER_NEED = 6;
    /** Below this many referrals in 12 months, an actor's response record does not count in the ranking. */
    static final int MIN_REFERRALS_FOR_RECORD = 5;

    private static final double NEUTRAL_RESPONSIVENESS = 0.5;

    private static final Map<Need, Set<SchemeType>> SCHEMES_FOR = Map.of(
            Need.ACCOMPAGNEMENT,
            EnumSet.of(SchemeType.ACCOMPAGNEMENT, SchemeType.COUVEUSE, SchemeType.CAE, SchemeType.ESPACE_TEST),
            Need.FINANCEMENT,
            EnumSet.of(
                    SchemeType.SUBVENTION,
                    SchemeType.PRET,
                    SchemeType.PRET_HONNEUR,
                    SchemeType.GARANTIE,
                    SchemeType.INVESTISSEMENT_SOLIDAIRE,
                    SchemeType.FINANCEMENT_PARTICIPATIF,
                    SchemeType.APPEL_A_PROJETS),
            Need.FORMATION,
            EnumSet.of(SchemeType.FORMATION),
            Need.LIEU,
            EnumSet.of(SchemeType.LIEU, SchemeType.ESPACE_TEST),
            Need.PARTENAIRES,
            EnumSet.of(SchemeType.MISE_EN_RESEAU),
            Need.INSTALLATION,
            EnumSet.of(SchemeType.LIEU, SchemeType.ESPACE_TEST, SchemeType.ACCOMPAGNEMENT));

    private final Directory directory;
    private final Territories territories;
    private final Offers offers;
    private final MessageSource messages;

    Orientation(Directory directory, Territories territories, Offers offers, MessageSource messages) {
        this.directory = directory;
        this.territories = territories;
        this.offers = offers;
        this.messages = messages;
    }

    /** Which needs each kind of offer answers. */
    private static Set<Need> needsAnswered(OfferKind kind) {
        return switch (kind) {
            case LOCAL, TIERS_LIEU -> EnumSet.of(Need.LIEU);
            case FONCIER_AGRICOLE -> EnumSet.of(Need.LIEU, Need.INSTALLATION);
            case REPRISE, BESOIN_IDENTIFIE, EMPLOI -> EnumSet.of(Need.INSTALLATION);
        };
    }

    /** Orientation for the project on that day. */
    public OrientationResult orient(ProjectProfile project, LocalDate day) {
        List<Commune> communes = project.targetCommunes().stream()
                .map(territories::commune)
                .flatMap(Optional::stream)
                .toList();
        Place place = place(communes);
        Optional<WelcomeDesk> desk = communes.stream()
                .map(commune -> directory.welcomeDeskFor(commune.code()))
                .flatMap(Optional::stream)
                .findFirst();
        Eligibility eligibility = new Eligibility(
                project.stage(),
                project.kind(),
                project.sectors(),
                project.ess(),
                project.collective(),
                publics(project),
                day);
        Set<Need> needs = project.needs().isEmpty() ? EnumSet.allOf(Need.class) : EnumSet.copyOf(project.needs());
        Set<SchemeType> types = EnumSet.noneOf(SchemeType.class);
        needs.forEach(need -> types.addAll(SCHEMES_FOR.get(need)));
        List<Candidate<Scheme>> schemes =
                directory.eligibleSchemes(place.perimeters(), place.ranks(), eligibility, types, PER_TYPE);
        List<Candidate<Organisation>> organisations =
                directory.organisationsCovering(place.perimeters(), place.ranks(), PER_TYPE);
        UUID deskId = desk.map(WelcomeDesk::organisationId).orElse(null);
        Set<UUID> actors = new java.util.HashSet<>();
        schemes.forEach(candidate -> actors.add(candidate.entry().organisationId()));
        organisations.forEach(candidate -> actors.add(candidate.entry().id()));
        Map<UUID, ResponseRecord> records = directory.responseRecords(actors);
        List<Offer> fittingOffers = needs.contains(Need.LIEU) || needs.contains(Need.INSTALLATION)
                ? offers.fitting(project.kind(), project.sectors(), project.targetCommunes(), PER_TYPE * 2)
                : List.of();
        Map<UUID, String> publishers = new java.util.HashMap<>();

        List<NeedGroup> groups = new ArrayList<>();
        for (Need need : needs) {
            List<Ranked> ranked = new ArrayList<>();
            for (Candidate<Scheme> candidate : schemes) {
                if (SCHEMES_FOR.get(need).contains(candidate.entry().type())) {
                    ranked.add(scheme(candidate, project, place, day, records));
                }
            }
            for (Candidate<Organisation> candidate : organisations) {
                if (!candidate.entry().id().equals(deskId) && serves(candidate.entry(), need)) {
                    ranked.add(organisation(candidate, place, communes, day, records));
                }
            }
            for (Offer offer : fittingOffers) {
                if (needsAnswered(offer.kind()).contains(need)) {
                    ranked.add(offer(offer, project, communes, publishers));
                }
            }
            ranked.sort(BEST_FIRST);
            groups.add(new NeedGroup(
                    need, ranked.stream().limit(PER_NEED).map(Ranked::pick).toList()));
        }
        return new OrientationResult(desk.map(found -> welcomeDesk(found, place)), groups);
    }

    /** A result with what it is ranked on. */
    private record Ranked(Pick pick, int fit, int rank, double quality, double distanceKm, double responsiveness) {}

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt((Ranked r) -> -r.fit())
            .thenComparingInt(Ranked::rank)
            .thenComparingDouble(r -> -Math.round(r.quality() * 10) / 10.0)
            .thenComparingDouble(Ranked::distanceKm)
            .thenComparingDouble(r -> -Math.round(r.responsiveness() * 10) / 10.0)
            .thenComparing(r -> r.pick().name())
            .thenComparing(r -> r.pick().id());

    /** The perimeters covering the target communes, each with its locality rank and name. */
    private record Place(List<UUID> perimeters, List<Integer> ranks, Map<UUID, Perimeter> byId) {}

    private Place place(List<Commune> communes) {
        Map<UUID, Integer> ranks = new LinkedHashMap<>();
        Map<UUID, Perimeter> byId = new LinkedHashMap<>();
        for (Commune commune : communes) {
            for (Perimeter perimeter : territories.perimetersCovering(commune.code())) {
                ranks.merge(perimeter.id(), locality(perimeter.kind()), Math::min);
                byId.putIfAbsent(perimeter.id(), perimeter);
            }
        }
        return new Place(List.copyOf(ranks.keySet()), List.copyOf(ranks.values()), byId);
    }

    /** 0 for a commune, then EPCI, pays / parc / GAL, département, région, France. */
    private static int locality(PerimeterKind kind) {
        return switch (kind) {
            case COMMUNE -> 0;
            case EPCI -> 1;
            case PAYS, PNR, GAL_LEADER, CUSTOM -> 2;
            case DEPARTEMENT -> 3;
            case REGION -> 4;
            case FRANCE -> 5;
        };
    }

    /**
     * How an actor answers the projects sent to it, for the ranking: its share answered within five days once it
     * received enough referrals to tell, otherwise neutral, so that an actor that does not answer comes after one
     * not yet known. The reason is given when the record counts.
     */
    private double responsiveness(UUID organisationId, Map<UUID, ResponseRecord> records, List<String> reasons) {
        ResponseRecord record = records.get(organisationId);
        if (record == null || record.referrals() < MIN_REFERRALS_FOR_RECORD) {
            return NEUTRAL_RESPONSIVENESS;
        }
        reasons.add(
                record.medianAnswer() == null
                        ? text("orientation.reason.record.noAnswer", record.percentWithinFiveDays())
                        : text("orientation.reason.record", record.percentWithinFiveDays(), record.medianDays()));
        return record.answeredWithinFiveDays();
    }

    private Ranked scheme(
            Candidate<Scheme> candidate,
            ProjectProfile project,
            Place place,
            LocalDate day,
            Map<UUID, ResponseRecord> records) {
        Scheme scheme = candidate.entry();
        List<String> reasons = new ArrayList<>();
        reasons.add(covers(place.byId().get(candidate.perimeterId())));
        int fit = 0;
        if (scheme.stages().contains(project.stage())) {
            fit++;
            reasons.add(text("orientation.reason.stage", text(project.stage().messageKey())));
        }
        if (scheme.projectKinds().contains(project.kind())) {
            fit++;
            reasons.add(text("orientation.reason.kind", text(project.kind().messageKey())));
        }
        if (sectorsShared(scheme.sectors(), project.sectors(), reasons)) {
            fit++;
        }
        if (scheme.essOnly()) {
            fit++;
            reasons.add(text("orientation.reason.ess"));
        }
        if (scheme.collectiveOnly()) {
            fit++;
            reasons.add(text("orientation.reason.collective"));
        }
        if (!scheme.audiences().isEmpty()) {
            reasons.add(text(
                    "orientation.reason.audiences",
                    String.join(
                            ", ",
                            scheme.audiences().stream()
                                    .map(audience -> text(audience.messageKey()))
                                    .toList())));
        }
        reasons.add(scheme.window(day)
                .map(SchemeWindow::closesOn)
                .map(closes -> text("orientation.reason.until", FrenchDates.DAY.format(closes)))
                .orElseGet(() -> text("orientation.reason.always")));
        double responsiveness = responsiveness(scheme.organisationId(), records, reasons);
        Pick pick = new Pick(
                Pick.PickKind.SCHEME,
                scheme.id(),
                scheme.name(),
                scheme.organisationId(),
                scheme.organisationName(),
                reasons);
        return new Ranked(pick, fit, candidate.rank(), scheme.quality(day), Double.MAX_VALUE, responsiveness);
    }

    private Ranked organisation(
            Candidate<Organisation> candidate,
            Place place,
            List<Commune> communes,
            LocalDate day,
            Map<UUID, ResponseRecord> records) {
        Organisation organisation = candidate.entry();
        List<String> reasons = new ArrayList<>();
        reasons.add(covers(place.byId().get(candidate.perimeterId())));
        if (organisation.family() != null) {
            reasons.add(text(organisation.family().messageKey()));
        }
        double distance = distance(communes, organisation.latitude(), organisation.longitude(), reasons);
        double responsiveness = responsiveness(organisation.id(), records, reasons);
        Pick pick = Pick.organisation(Pick.PickKind.ORGANISATION, organisation.id(), organisation.name(), reasons);
        return new Ranked(pick, 0, candidate.rank(), organisation.quality(day), distance, responsiveness);
    }

    private Ranked offer(Offer offer, ProjectProfile project, List<Commune> communes, Map<UUID, String> publishers) {
        String publisher = publishers.computeIfAbsent(
                offer.organisationId(), id -> directory.organisationName(id).orElse(""));
        List<String> reasons = new ArrayList<>();
        reasons.add(text("orientation.reason.offer", text(offer.kind().messageKey()), publisher));
        int rank;
        Optional<Commune> where = territories.commune(offer.communeCode());
        String place = where.map(Commune::label).orElse(offer.communeCode());
        if (communes.stream().anyMatch(commune -> commune.code().equals(offer.communeCode()))) {
            rank = 0;
            reasons.add(text("orientation.reason.offer.in", place));
        } else if (offer.epciSiren() != null
                && communes.stream()
                        .anyMatch(commune -> commune.epci() != null
                                && offer.epciSiren().equals(commune.epci().code()))) {
            rank = 1;
            reasons.add(text("orientation.reason.offer.epci", place));
        } else {
            rank = 3;
            reasons.add(text("orientation.reason.offer.departement", place));
        }
        int fit = 1;
        if (sectorsShared(offer.sectors(), project.sectors(), reasons)) {
            fit++;
        }
        if (offer.qualified()) {
            fit++;
            reasons.add(text("orientation.reason.offer.qualified"));
        }
        double distance = distance(communes, offer.latitude(), offer.longitude(), reasons);
        Pick pick =
                new Pick(Pick.PickKind.OFFER, offer.id(), offer.title(), offer.organisationId(), publisher, reasons);
        return new Ranked(pick, fit, rank, offer.qualified() ? 1.0 : 0.5, distance, NEUTRAL_RESPONSIVENESS);
    }

    /**
     * Kilometres from the project's main commune to a place, written as a reason; the longest distance when either
     * has no coordinates.
     */
    private double distance(List<Commune> communes, Double latitude, Double longitude, List<String> reasons) {
        if (latitude == null || communes.isEmpty() || communes.get(0).latitude() == null) {
            return Double.MAX_VALUE;
        }
        Commune main = communes.get(0);
        double distance = kilometres(main.latitude(), main.longitude(), latitude, longitude);
        reasons.add(text("orientation.reason.distance", Math.round(distance), main.name()));
        return distance;
    }

    private Pick welcomeDesk(WelcomeDesk desk, Place place) {
        Perimeter perimeter = place.byId().get(desk.perimeterId());
        String where = perimeter == null ? "" : perimeter.name();
        return Pick.organisation(
                Pick.PickKind.WELCOME_DESK,
                desk.organisationId(),
                desk.name(),
                List.of(text("orientation.reason.desk", where)));
    }

    /**
     * The publics the holder may belong to. What the intake does not ask (age, situation) stays possible, and the
     * reasons say "à vérifier"; what the project rules out does not: a holder is never a local authority, a
     * farmers' scheme needs a farming project, an ESS companies' one an ESS project, an associations' one a
     * collective.
     */
    private static List<Audience> publics(ProjectProfile project) {
        EnumSet<Audience> publics = EnumSet.of(
                Audience.JEUNES,
                Audience.FEMMES,
                Audience.DEMANDEURS_EMPLOI,
                Audience.MINIMA_SOCIAUX,
                Audience.SENIORS,
                Audience.PERSONNES_HANDICAP,
                Audience.HABITANTS);
        if (project.kind() == ProjectKind.INSTALLATION_AGRICOLE
                || project.sectors().contains(Sector.AGRICULTURE_ALIMENTATION)) {
            publics.add(Audience.AGRICULTEURS);
        }
        if (project.ess()) {
            publics.add(Audience.ENTREPRISES_ESS);
        }
        if (project.collective()) {
            publics.add(Audience.ASSOCIATIONS);
        }
        return List.copyOf(publics);
    }

    /** Which organisations answer which need, by their family and kind. */
    private static boolean serves(Organisation organisation, Need need) {
        Family family = organisation.family();
        OrganisationKind kind = organisation.kind();
        return switch (need) {
            case ACCOMPAGNEMENT ->
                family == Family.REPRESENT_SUPPORT
                        || (family == Family.INFORM_ORIENT && kind == OrganisationKind.SUPPORT_STRUCTURE);
            case FINANCEMENT -> family == Family.FUND;
            case FORMATION -> false;
            case LIEU -> kind == OrganisationKind.LOCAL_AUTHORITY;
            case PARTENAIRES -> kind == OrganisationKind.NETWORK;
            case INSTALLATION -> kind == OrganisationKind.LOCAL_AUTHORITY || family == Family.INFORM_ORIENT;
        };
    }

    private String covers(Perimeter perimeter) {
        if (perimeter == null) {
            return text("orientation.reason.covers.unknown");
        }
        return perimeter.kind() == PerimeterKind.FRANCE
                ? text("orientation.reason.france")
                : text("orientation.reason.covers", perimeter.name());
    }

    /** In the reader's language during a request; in French, the platform's language, elsewhere. */
    private String text(String key, Object... arguments) {
        Locale locale =
                LocaleContextHolder.getLocaleContext() == null ? Locale.FRENCH : LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }

    /** Great-circle distance. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The sectors an entry shares with the project, written as a reason; false when it shares none. */
    private boolean sectorsShared(List<Sector> entrySectors, List<Sector> projectSectors, List<String> reasons) {
        List<String> shared = entrySectors.stream()
                .filter(projectSectors::contains)
                .map(sector -> text(sector.messageKey()))
                .toList();
        if (!shared.isEmpty()) {
            reasons.add(text("orientation.reason.sector", String.join(", ", shared)));
        }
        return !shared.isEmpty();
    }
}
