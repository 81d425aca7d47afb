package fr.passerelle.orientation;

import fr.passerelle.common.Audience;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
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
import fr.passerelle.orientation.internal.ActivityWords;
import fr.passerelle.orientation.internal.HouseholdHelp;
import fr.passerelle.orientation.internal.Reasons;
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
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
 * Territories' activity offers that suit the project's kind join the needs they answer (a place, settling); an offer
 * of one activity (a business, a job) only when it shares a word of the holder's own description. The household's
 * needs (housing, a partner's job, childcare, mobility) get lists of their own. How well the rules do is measured by
 * the evaluation set of bench/orientation-quality (OrientationQualityTests).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Orientation {

    /** How many of each scheme type, and of each organisation family, the database hands over. */
    static final int PER_TYPE = 16;
    /** How many results each need shows at least, when there are so many. */
    static final int PER_NEED = 6;
    /** How many results a need shows at most: beyond {@link #PER_NEED}, only those that fit as well as the last. */
    static final int PER_NEED_MAX = 10;
    /** Below this many referrals in 12 months, an actor's response record does not count in the ranking. */
    static final int MIN_REFERRALS_FOR_RECORD = 5;

    private static final double NEUTRAL_RESPONSIVENESS = 0.5;

    /** How far an initiative may be from the project's commune to be shown as an example to learn from. */
    static final double INSPIRING_KM = 25;

    /** The least local rank of the project's own territory: a pays, a park or a GAL (see PerimeterKind.locality). */
    private static final int LOCAL_RANK = PerimeterKind.PNR.locality();

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

    /** The schemes that can help a household settle: advice, a loan (a car, a deposit), a place, a network. */
    private static final Set<SchemeType> HOUSEHOLD_SCHEMES = EnumSet.of(
            SchemeType.ACCOMPAGNEMENT,
            SchemeType.PRET,
            SchemeType.SUBVENTION,
            SchemeType.LIEU,
            SchemeType.MISE_EN_RESEAU);

    /** Projects of people rather than businesses: a citizens' initiative, a search for a job or an activity. */
    private static final Set<ProjectKind> PERSONAL_KINDS =
            EnumSet.of(ProjectKind.INITIATIVE_CITOYENNE, ProjectKind.RECHERCHE_ACTIVITE);

    /** Publics that make a scheme one for residents, savers or local authorities rather than for a project. */
    private static final Set<Audience> NOT_A_PROJECT_PUBLIC = EnumSet.of(Audience.HABITANTS, Audience.COLLECTIVITES);

    /** The fields of those who inform households (housing, mobility, childcare) rather than projects. */
    private static final Set<Sector> HOUSEHOLD_FIELDS =
            EnumSet.of(Sector.HABITAT_LOGEMENT, Sector.MOBILITE, Sector.SANTE_SOCIAL);

    /** Kinds of offer that are one precise activity (a bakery, a job): they suit a project of that activity only. */
    private static final Set<OfferKind> ONE_ACTIVITY =
            EnumSet.of(OfferKind.REPRISE, OfferKind.BESOIN_IDENTIFIE, OfferKind.EMPLOI);

    private final Directory directory;
    private final Territories territories;
    private final Offers offers;
    private final MessageSource messages;
    /** The words of each public's French name, to find the publics the holder names in their own words. */
    private final Map<Audience, Set<String>> audienceWords = new java.util.concurrent.ConcurrentHashMap<>();

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
        Set<Need> needs = project.needs().isEmpty() ? EnumSet.allOf(Need.class) : EnumSet.copyOf(project.needs());
        Candidates candidates = candidates(project, place, day, needs);
        Asked asked = asked(project, place, communes, day, candidates);
        UUID deskId = desk.map(WelcomeDesk::organisationId).orElse(null);
        Map<UUID, String> publishers = new java.util.HashMap<>();
        List<NeedGroup> groups = projectNeeds(needs, candidates, asked, deskId, publishers);
        for (HouseholdNeed need : project.household()) {
            groups.add(new NeedGroup(
                    need, best(household(need, asked, candidates.organisations(), deskId, publishers), deskId)));
        }
        return new OrientationResult(desk.map(found -> welcomeDesk(found, place)), groups);
    }

    /** What the directory and the offers hand over for the project's place, needs and eligibility on the day. */
    private record Candidates(
            List<Candidate<Scheme>> schemes, List<Candidate<Organisation>> organisations, List<Offer> offers) {}

    private Candidates candidates(ProjectProfile project, Place place, LocalDate day, Set<Need> needs) {
        Eligibility eligibility = new Eligibility(
                project.stage(),
                project.kind(),
                project.sectors(),
                project.ess(),
                project.collective(),
                publics(project),
                day);
        Set<SchemeType> types = EnumSet.noneOf(SchemeType.class);
        needs.forEach(need -> types.addAll(SCHEMES_FOR.get(need)));
        List<Offer> fittingOffers =
                needs.contains(Need.LIEU) || needs.contains(Need.INSTALLATION) ? offersFor(project) : List.of();
        return new Candidates(
                directory.eligibleSchemes(place.perimeters(), place.ranks(), eligibility, types, PER_TYPE),
                directory.organisationsCovering(place.perimeters(), place.ranks(), PER_TYPE),
                fittingOffers);
    }

    /**
     * The territories' offers that suit the project's kind; for a farming installation, also the farms to take over
     * (an offer of a business of its sector), since a farmer settles by taking over a farm as often as on bare land.
     */
    private List<Offer> offersFor(ProjectProfile project) {
        List<Offer> found = new ArrayList<>(
                offers.fitting(project.kind(), project.sectors(), project.targetCommunes(), PER_TYPE * 2));
        if (project.kind() == ProjectKind.INSTALLATION_AGRICOLE) {
            offers.fitting(ProjectKind.REPRISE, project.sectors(), project.targetCommunes(), PER_TYPE).stream()
                    .filter(offer -> offer.kind() == OfferKind.REPRISE
                            && offer.sectors().stream().anyMatch(project.sectors()::contains))
                    .forEach(found::add);
        }
        return found;
    }

    /** The asking project with its candidates' organisations and the response records of every actor met. */
    private Asked asked(
            ProjectProfile project, Place place, List<Commune> communes, LocalDate day, Candidates candidates) {
        Map<UUID, Organisation> known = new java.util.HashMap<>();
        candidates
                .organisations()
                .forEach(candidate -> known.put(candidate.entry().id(), candidate.entry()));
        Set<UUID> actors = new java.util.HashSet<>(known.keySet());
        candidates.schemes().forEach(candidate -> actors.add(candidate.entry().organisationId()));
        return new Asked(
                project, place, communes, day, directory.responseRecords(actors), activity(project, communes), known);
    }

    /**
     * Each of the project's needs with its best schemes, then the organisations that serve it without a scheme shown,
     * nearby initiatives for partners and the territories' offers that answer it.
     */
    private List<NeedGroup> projectNeeds(
            Set<Need> needs, Candidates candidates, Asked asked, UUID deskId, Map<UUID, String> publishers) {
        Map<Need, List<Ranked>> byNeed = new java.util.EnumMap<>(Need.class);
        Set<UUID> withScheme = new java.util.HashSet<>();
        for (Need need : needs) {
            List<Ranked> ranked = new ArrayList<>();
            for (Candidate<Scheme> candidate : candidates.schemes()) {
                if (SCHEMES_FOR.get(need).contains(candidate.entry().type())
                        && forProject(candidate.entry(), need, asked)) {
                    ranked.add(scheme(candidate, asked, null));
                    withScheme.add(candidate.entry().organisationId());
                }
            }
            byNeed.put(need, ranked);
        }
        List<NeedGroup> groups = new ArrayList<>();
        for (Need need : needs) {
            List<Ranked> ranked = byNeed.get(need);
            for (Candidate<Organisation> candidate : candidates.organisations()) {
                if (!candidate.entry().id().equals(deskId)
                        && !withScheme.contains(candidate.entry().id())
                        && serves(candidate.entry(), need, asked.project().kind())) {
                    organisation(candidate, asked, null).ifPresent(ranked::add);
                }
            }
            if (need == Need.PARTENAIRES) {
                ranked.addAll(inspiring(asked));
            }
            for (Offer offer : candidates.offers()) {
                if (needsAnswered(offer.kind()).contains(need)) {
                    offer(offer, asked, publishers).ifPresent(ranked::add);
                }
            }
            groups.add(new NeedGroup(need, best(ranked, deskId)));
        }
        return groups;
    }

    /** What is known of the asking project for the ranking. */
    private record Asked(
            ProjectProfile project,
            Place place,
            List<Commune> communes,
            LocalDate day,
            Map<UUID, ResponseRecord> records,
            Set<String> activity,
            Map<UUID, Organisation> organisations) {

        /** The main commune is a large urban centre (INSEE density level 1), where rural-only actors do not act. */
        boolean urbanCentre() {
            return !communes.isEmpty()
                    && Integer.valueOf(1).equals(communes.get(0).densityLevel());
        }

        boolean rural() {
            return !communes.isEmpty() && Boolean.TRUE.equals(communes.get(0).rural());
        }
    }

    /** The words that say what the project is, without the names of its places. */
    private Set<String> activity(ProjectProfile project, List<Commune> communes) {
        Set<String> activity = new java.util.LinkedHashSet<>(ActivityWords.of(project.words()));
        for (Commune commune : communes) {
            activity.removeAll(ActivityWords.of(commune.name()));
            activity.removeAll(ActivityWords.of(commune.departement().name()));
            if (commune.epci() != null) {
                activity.removeAll(ActivityWords.of(commune.epci().name()));
            }
        }
        return activity;
    }

    /** The best first: at least {@link #PER_NEED}, then those that fit as well as the last of them. */
    private static List<Pick> best(List<Ranked> found, UUID deskId) {
        found.sort(BEST_FIRST);
        List<Ranked> ranked = eachActorOnceFirst(found, deskId);
        List<Pick> best = new ArrayList<>();
        for (Ranked result : ranked) {
            boolean asGood = best.size() >= PER_NEED
                    && result.fit() > 0
                    && result.fit() >= ranked.get(PER_NEED - 1).fit();
            if (best.size() < PER_NEED || (asGood && best.size() < PER_NEED_MAX)) {
                best.add(result.pick().withReasons(result.reasons().get()));
            }
        }
        return best;
    }

    /**
     * Each actor's best scheme keeps its place; its other schemes for the same need come after the other actors'
     * entries, so that the first results name several actors (a network's regional branch after its local one); the
     * welcome desk, already shown first, is such an actor for its own schemes.
     */
    private static List<Ranked> eachActorOnceFirst(List<Ranked> ranked, UUID deskId) {
        List<Ranked> first = new ArrayList<>();
        List<Ranked> again = new ArrayList<>();
        Set<UUID> actors = new java.util.HashSet<>();
        if (deskId != null) {
            actors.add(deskId);
        }
        for (Ranked result : ranked) {
            boolean repeated = result.pick().kind() == Pick.PickKind.SCHEME
                    && !actors.add(result.pick().organisationId());
            (repeated ? again : first).add(result);
        }
        first.addAll(again);
        return first;
    }

    /**
     * Whether a scheme is one for the project: a scheme for residents, savers or local authorities only (joining a
     * savers' club, France services) is for a citizens' initiative, for settling or for finding partners, not for a
     * business's support, funding, training or premises; one that helps households (housing, mobility, childcare)
     * is listed under the household's needs; a rural-only actor's scheme is not for a large city.
     */
    private static boolean forProject(Scheme scheme, Need need, Asked asked) {
        boolean residents = forResidents(scheme);
        if (residents && !scheme.sectors().isEmpty() && HOUSEHOLD_FIELDS.containsAll(scheme.sectors())) {
            return false;
        }
        if (residents
                && !PERSONAL_KINDS.contains(asked.project().kind())
                && need != Need.INSTALLATION
                && need != Need.PARTENAIRES) {
            return false;
        }
        return actsThere(asked.organisations().get(scheme.organisationId()), asked);
    }

    /** A scheme for residents, savers or local authorities only. */
    private static boolean forResidents(Scheme scheme) {
        return !scheme.audiences().isEmpty() && NOT_A_PROJECT_PUBLIC.containsAll(scheme.audiences());
    }

    /** A rural-only actor does not act in a large city, nor an urban-only one in a rural commune. */
    private static boolean actsThere(Organisation organisation, Asked asked) {
        if (organisation == null || organisation.area() == null) {
            return true;
        }
        Vocabulary area = organisation.area();
        return !(("rural".equals(area.code()) && asked.urbanCentre())
                || ("urban".equals(area.code()) && asked.rural()));
    }

    /**
     * Where rurality matters: an actor of the countryside fits a project in a rural commune better (said as a
     * reason), and less well one in a commune the density grid does not count as rural.
     */
    private int rurality(Organisation organisation, Asked asked, Reasons reasons) {
        if (organisation == null || organisation.area() == null) {
            return 0;
        }
        Vocabulary area = organisation.area();
        if (!"rural".equals(area.code()) || asked.communes().isEmpty()) {
            return 0;
        }
        Boolean rural = asked.communes().get(0).rural();
        if (Boolean.TRUE.equals(rural)) {
            reasons.add(() -> text("orientation.reason.rural"));
            return 1;
        }
        return Boolean.FALSE.equals(rural) ? -1 : 0;
    }

    /**
     * Whether the entry acts on the project's own territory (its commune, intercommunality, pays, park or GAL) rather
     * than on a whole département, région or the country: the guide's proximity actors, who know the territory's
     * people, premises and funds, fit better (said as a reason).
     */
    private int proximity(int rank, Reasons reasons) {
        if (rank > LOCAL_RANK) {
            return 0;
        }
        reasons.add(() -> text("orientation.reason.local"));
        return 1;
    }

    /**
     * The publics the project shows the holder belongs to (an inhabitant, a farmer, an ESS company, an association, a
     * job seeker when looking for a job or an activity) or that the holder names in their own words; a scheme kept
     * for publics the intake does not ask about (young people, job seekers...) comes after one open to all.
     */
    private Set<Audience> known(Asked asked) {
        ProjectProfile project = asked.project();
        Set<Audience> known = EnumSet.noneOf(Audience.class);
        publics(project).stream()
                .filter(audience -> audience == Audience.AGRICULTEURS
                        || audience == Audience.ENTREPRISES_ESS
                        || audience == Audience.ASSOCIATIONS
                        || audience == Audience.HABITANTS)
                .forEach(known::add);
        if (project.kind() == ProjectKind.RECHERCHE_ACTIVITE) {
            known.add(Audience.DEMANDEURS_EMPLOI); // looking for a job or an activity
        }
        for (Audience audience : PERSON_PUBLICS) {
            Set<String> named = audienceWords.computeIfAbsent(
                    audience, key -> ActivityWords.of(messages.getMessage(key.messageKey(), null, Locale.FRENCH)));
            if (!named.isEmpty() && asked.activity().containsAll(named)) {
                known.add(audience); // the holder said it ("demandeuse d'emploi")
            }
        }
        return known;
    }

    /** What helps the household with that need: schemes and organisations of its field, and jobs for a partner. */
    private List<Ranked> household(
            HouseholdNeed need,
            Asked asked,
            List<Candidate<Organisation>> organisations,
            UUID deskId,
            Map<UUID, String> publishers) {
        ProjectProfile project = asked.project();
        Optional<Sector> field = HouseholdHelp.field(need);
        ProjectKind kind = HouseholdHelp.kind(need).orElse(project.kind());
        Eligibility eligibility = new Eligibility(
                project.stage(),
                kind,
                field.map(List::of).orElse(List.of()),
                false,
                false,
                PERSON_PUBLICS, // a household's members may be any of them
                asked.day());
        String reason = text("orientation.reason.household", text(need.messageKey()));
        Asked forHousehold = forHousehold(asked, kind, eligibility.sectors());
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate<Scheme> candidate : directory.eligibleSchemes(
                asked.place().perimeters(), asked.place().ranks(), eligibility, HOUSEHOLD_SCHEMES, PER_TYPE)) {
            Scheme scheme = candidate.entry();
            boolean helps = field.map(scheme.sectors()::contains)
                    .orElseGet(() -> scheme.projectKinds().contains(kind));
            if (helps) {
                ranked.add(scheme(candidate, forHousehold, reason));
            }
        }
        field.ifPresent(sector -> householdOrganisations(sector, organisations, deskId, forHousehold, reason, ranked));
        if (need == HouseholdNeed.EMPLOI_CONJOINT) {
            partnerJobs(asked, publishers, reason).forEach(ranked::add);
        }
        return ranked;
    }

    /** The asking project seen as the household's: the need's kind and field, none of the project's own words. */
    private static Asked forHousehold(Asked asked, ProjectKind kind, List<Sector> sectors) {
        ProjectProfile project = asked.project();
        return new Asked(
                new ProjectProfile(
                        kind,
                        project.stage(),
                        sectors,
                        false,
                        false,
                        List.of(),
                        List.of(),
                        project.targetCommunes(),
                        ""),
                asked.place(),
                asked.communes(),
                asked.day(),
                asked.records(),
                Set.of(),
                asked.organisations());
    }

    /** The organisations of the household's field (not local authorities) that no scheme shown already names. */
    private void householdOrganisations(
            Sector field,
            List<Candidate<Organisation>> organisations,
            UUID deskId,
            Asked forHousehold,
            String reason,
            List<Ranked> ranked) {
        Set<UUID> withScheme = new java.util.HashSet<>();
        ranked.forEach(result -> withScheme.add(result.pick().organisationId()));
        for (Candidate<Organisation> candidate : organisations) {
            Organisation organisation = candidate.entry();
            if (organisation.sectors().contains(field)
                    && !withScheme.contains(organisation.id())
                    && !organisation.id().equals(deskId)
                    && organisation.kind() != OrganisationKind.LOCAL_AUTHORITY) {
                organisation(candidate, forHousehold, reason).ifPresent(ranked::add);
            }
        }
    }

    /** The territories' job offers, for a partner looking for work. */
    private List<Ranked> partnerJobs(Asked asked, Map<UUID, String> publishers, String reason) {
        List<Ranked> jobs = new ArrayList<>();
        for (Offer offer : offers.fitting(
                ProjectKind.RECHERCHE_ACTIVITE, List.of(), asked.project().targetCommunes(), PER_TYPE)) {
            if (offer.kind() == OfferKind.EMPLOI) {
                jobs.add(offerRanked(offer, asked, publishers, reasons -> {
                    reasons.add(() -> reason);
                    return 1;
                }));
            }
        }
        return jobs;
    }

    /** The publics a person can be whatever their project. */
    private static final List<Audience> PERSON_PUBLICS = List.of(
            Audience.JEUNES,
            Audience.FEMMES,
            Audience.DEMANDEURS_EMPLOI,
            Audience.MINIMA_SOCIAUX,
            Audience.SENIORS,
            Audience.PERSONNES_HANDICAP,
            Audience.HABITANTS);

    /** A result with what it is ranked on. */
    private record Ranked(
            Pick pick,
            int fit,
            int rank,
            double quality,
            double distanceKm,
            double responsiveness,
            Supplier<List<String>> reasons) {}

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
                ranks.merge(perimeter.id(), perimeter.kind().locality(), Math::min);
                byId.putIfAbsent(perimeter.id(), perimeter);
            }
        }
        return new Place(List.copyOf(ranks.keySet()), List.copyOf(ranks.values()), byId);
    }

    /**
     * How an actor answers the projects sent to it, for the ranking: its share answered within five days once it
     * received enough referrals to tell, otherwise neutral, so that an actor that does not answer comes after one
     * not yet known. The reason is given when the record counts.
     */
    private double responsiveness(UUID organisationId, Map<UUID, ResponseRecord> records, Reasons reasons) {
        ResponseRecord record = records.get(organisationId);
        if (record == null || record.referrals() < MIN_REFERRALS_FOR_RECORD) {
            return NEUTRAL_RESPONSIVENESS;
        }
        reasons.add(() -> record.medianAnswer() == null
                ? text("orientation.reason.record.noAnswer", record.percentWithinFiveDays())
                : text("orientation.reason.record", record.percentWithinFiveDays(), record.medianDays()));
        return record.answeredWithinFiveDays();
    }

    /** A scheme with its reasons; {@code first} a reason said before the others (the household need it helps). */
    private Ranked scheme(Candidate<Scheme> candidate, Asked asked, String first) {
        Scheme scheme = candidate.entry();
        Pick pick = new Pick(
                Pick.PickKind.SCHEME,
                scheme.id(),
                scheme.name(),
                scheme.organisationId(),
                scheme.organisationName(),
                List.of());
        return new Ranked(
                pick,
                schemeFit(candidate, asked, first, Reasons.UNWRITTEN),
                candidate.rank(),
                scheme.quality(asked.day()),
                Double.MAX_VALUE,
                responsiveness(scheme.organisationId(), asked.records(), Reasons.UNWRITTEN),
                () -> Reasons.writtenBy(reasons -> {
                    schemeFit(candidate, asked, first, reasons);
                    responsiveness(scheme.organisationId(), asked.records(), reasons);
                }));
    }

    /** How well a scheme fits the project, its reasons told in the order a reader weighs them. */
    private int schemeFit(Candidate<Scheme> candidate, Asked asked, String first, Reasons reasons) {
        Scheme scheme = candidate.entry();
        ProjectProfile project = asked.project();
        reasons.add(() -> covers(asked.place().byId().get(candidate.perimeterId())));
        if (first != null) {
            reasons.add(() -> first);
        }
        int fit = proximity(candidate.rank(), reasons);
        if (scheme.stages().contains(project.stage())) {
            fit++;
            reasons.add(
                    () -> text("orientation.reason.stage", text(project.stage().messageKey())));
        }
        if (scheme.projectKinds().contains(project.kind())) {
            fit++;
            reasons.add(
                    () -> text("orientation.reason.kind", text(project.kind().messageKey())));
        }
        if (sectorsShared(fields(scheme, asked), project.sectors(), reasons)) {
            fit += 2;
        } else if (!scheme.sectors().isEmpty() && project.sectors().isEmpty()) {
            fit--; // kept for some sectors, and the project's is not known yet
        }
        fit += activityShared(asked.activity(), scheme.name(), reasons);
        if (scheme.type() == SchemeType.GARANTIE) {
            fit--; // it backs a bank loan, which the project must find first (a prêt d'honneur helps get it)
        }
        if (scheme.essOnly()) {
            reasons.add(() -> text("orientation.reason.ess"));
        }
        if (scheme.collectiveOnly()) {
            reasons.add(() -> text("orientation.reason.collective"));
        }
        if (scheme.essOnly() || scheme.collectiveOnly()) {
            fit++;
        }
        if (!scheme.audiences().isEmpty() && scheme.audiences().stream().noneMatch(known(asked)::contains)) {
            fit -= 2;
        }
        if (!scheme.audiences().isEmpty()) {
            reasons.add(() -> text(
                    "orientation.reason.audiences",
                    String.join(
                            ", ",
                            scheme.audiences().stream()
                                    .map(audience -> text(audience.messageKey()))
                                    .toList())));
        }
        reasons.add(() -> scheme.window(asked.day())
                .map(SchemeWindow::closesOn)
                .map(closes -> text("orientation.reason.until", FrenchDates.DAY.format(closes)))
                .orElseGet(() -> text("orientation.reason.always")));
        return fit;
    }

    /**
     * The sectors a scheme works in: its own, or, when it names none and is for projects (not for residents or
     * savers), those of the actor that offers it (a chamber of commerce's support is for the businesses of its fields).
     */
    private static List<Sector> fields(Scheme scheme, Asked asked) {
        Organisation actor = asked.organisations().get(scheme.organisationId());
        boolean actorsFields = scheme.sectors().isEmpty() && actor != null && !forResidents(scheme);
        return actorsFields ? actor.sectors() : scheme.sectors();
    }

    /**
     * An organisation with its reasons, unless it works on other activities than the project's (its sectors share
     * none of the project's) or where it does not act (rural-only in a large city, urban-only in the countryside).
     * One that works on the project's activity, or a rural actor in a rural commune, fits better.
     */
    private Optional<Ranked> organisation(Candidate<Organisation> candidate, Asked asked, String first) {
        Organisation organisation = candidate.entry();
        if (first == null
                && !organisation.sectors().isEmpty()
                && !sectorsShared(organisation.sectors(), asked.project().sectors(), Reasons.UNWRITTEN)) {
            return Optional.empty();
        }
        if (!actsThere(organisation, asked)) {
            return Optional.empty();
        }
        Pick pick = Pick.organisation(Pick.PickKind.ORGANISATION, organisation.id(), organisation.name(), List.of());
        return Optional.of(new Ranked(
                pick,
                organisationFit(candidate, asked, first, Reasons.UNWRITTEN),
                candidate.rank(),
                organisation.quality(asked.day()),
                distance(asked.communes(), organisation.latitude(), organisation.longitude(), Reasons.UNWRITTEN),
                responsiveness(organisation.id(), asked.records(), Reasons.UNWRITTEN),
                () -> Reasons.writtenBy(reasons -> {
                    organisationFit(candidate, asked, first, reasons);
                    distance(asked.communes(), organisation.latitude(), organisation.longitude(), reasons);
                    responsiveness(organisation.id(), asked.records(), reasons);
                })));
    }

    /** How well an organisation that acts there fits the project, its reasons told in order. */
    private int organisationFit(Candidate<Organisation> candidate, Asked asked, String first, Reasons reasons) {
        Organisation organisation = candidate.entry();
        reasons.add(() -> covers(asked.place().byId().get(candidate.perimeterId())));
        if (first != null) {
            reasons.add(() -> first);
        }
        if (organisation.family() != null) {
            reasons.add(() -> text(organisation.family().messageKey()));
        }
        int fit = 0;
        if (first == null && !organisation.sectors().isEmpty()) {
            sectorsShared(organisation.sectors(), asked.project().sectors(), reasons);
            fit++;
        }
        fit += rurality(organisation, asked, reasons);
        return fit + proximity(candidate.rank(), reasons);
    }

    /**
     * Initiatives near the project's main commune that work in its sectors: peers who did something alike and can
     * tell how, for a project looking for partners. They come after the actors that fit as well, since an example
     * does not accompany; not at all where they do not act (a rural initiative for a large city).
     */
    private List<Ranked> inspiring(Asked asked) {
        List<Commune> communes = asked.communes();
        if (communes.isEmpty() || communes.get(0).latitude() == null) {
            return List.of();
        }
        Commune main = communes.get(0);
        List<Ranked> ranked = new ArrayList<>();
        for (Organisation initiative : directory.initiativesNear(
                main.latitude(), main.longitude(), INSPIRING_KM, asked.project().sectors(), PER_NEED)) {
            if (!actsThere(initiative, asked)) {
                continue;
            }
            Pick pick = Pick.organisation(Pick.PickKind.ORGANISATION, initiative.id(), initiative.name(), List.of());
            ranked.add(new Ranked(
                    pick,
                    inspiringFit(initiative, asked, Reasons.UNWRITTEN),
                    PerimeterKind.FRANCE.locality(),
                    initiative.quality(asked.day()),
                    distance(communes, initiative.latitude(), initiative.longitude(), Reasons.UNWRITTEN),
                    NEUTRAL_RESPONSIVENESS,
                    () -> Reasons.writtenBy(reasons -> {
                        distance(communes, initiative.latitude(), initiative.longitude(), reasons);
                        reasons.add(() -> text("orientation.reason.initiative"));
                        inspiringFit(initiative, asked, reasons);
                    })));
        }
        return ranked;
    }

    private int inspiringFit(Organisation initiative, Asked asked, Reasons reasons) {
        int fit = sectorsShared(initiative.sectors(), asked.project().sectors(), reasons) ? 1 : 0;
        return fit + rurality(initiative, asked, reasons);
    }

    /**
     * An offer with its reasons. An offer of one precise activity (a business to take over, a need the territory
     * identified, a job) suits a project of that activity: when the holder said what their project is, the offer
     * must share a word of it, so that a baker's place is not offered to a grocery-café.
     */
    private Optional<Ranked> offer(Offer offer, Asked asked, Map<UUID, String> publishers) {
        boolean oneActivity =
                ONE_ACTIVITY.contains(offer.kind()) && !asked.activity().isEmpty();
        if (oneActivity && activityShared(asked.activity(), offer.title(), Reasons.UNWRITTEN) == 0) {
            return Optional.empty();
        }
        return Optional.of(offerRanked(offer, asked, publishers, reasons -> {
            int fit = 1;
            if (sectorsShared(offer.sectors(), asked.project().sectors(), reasons)) {
                fit++;
            }
            return oneActivity ? fit + activityShared(asked.activity(), offer.title(), reasons) : fit;
        }));
    }

    /** An offer ranked on where it is, how it fits ({@code fitOf}, with its reasons) and whether it is qualified. */
    private Ranked offerRanked(Offer offer, Asked asked, Map<UUID, String> publishers, ToIntFunction<Reasons> fitOf) {
        List<Commune> communes = asked.communes();
        String publisher = publishers.computeIfAbsent(
                offer.organisationId(), id -> directory.organisationName(id).orElse(""));
        int rank;
        String where;
        if (communes.stream().anyMatch(commune -> commune.code().equals(offer.communeCode()))) {
            rank = 0;
            where = "orientation.reason.offer.in";
        } else if (offer.epciSiren() != null
                && communes.stream()
                        .anyMatch(commune -> commune.epci() != null
                                && offer.epciSiren().equals(commune.epci().code()))) {
            rank = 1;
            where = "orientation.reason.offer.epci";
        } else {
            rank = 3;
            where = "orientation.reason.offer.departement";
        }
        int fit = fitOf.applyAsInt(Reasons.UNWRITTEN) + (offer.qualified() ? 1 : 0);
        Pick pick =
                new Pick(Pick.PickKind.OFFER, offer.id(), offer.title(), offer.organisationId(), publisher, List.of());
        return new Ranked(
                pick,
                fit,
                rank,
                offer.qualified() ? 1.0 : 0.5,
                distance(communes, offer.latitude(), offer.longitude(), Reasons.UNWRITTEN),
                NEUTRAL_RESPONSIVENESS,
                () -> Reasons.writtenBy(reasons -> {
                    reasons.add(() ->
                            text("orientation.reason.offer", text(offer.kind().messageKey()), publisher));
                    reasons.add(() -> text(
                            where,
                            territories
                                    .commune(offer.communeCode())
                                    .map(Commune::label)
                                    .orElse(offer.communeCode())));
                    fitOf.applyAsInt(reasons);
                    if (offer.qualified()) {
                        reasons.add(() -> text("orientation.reason.offer.qualified"));
                    }
                    distance(communes, offer.latitude(), offer.longitude(), reasons);
                }));
    }

    /** Two for words of the project's activity found in the text, written as a reason; none otherwise. */
    private int activityShared(Set<String> activity, String text, Reasons reasons) {
        List<String> shared = ActivityWords.shared(activity, text);
        if (shared.isEmpty()) {
            return 0;
        }
        reasons.add(() -> text("orientation.reason.activity", String.join(", ", shared)));
        return 2;
    }

    /**
     * Kilometres from the project's main commune to a place, written as a reason; the longest distance when either
     * has no coordinates.
     */
    private double distance(List<Commune> communes, Double latitude, Double longitude, Reasons reasons) {
        if (latitude == null || communes.isEmpty() || communes.get(0).latitude() == null) {
            return Double.MAX_VALUE;
        }
        Commune main = communes.get(0);
        double distance = kilometres(main.latitude(), main.longitude(), latitude, longitude);
        reasons.add(() -> text("orientation.reason.distance", Math.round(distance), main.name()));
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
        EnumSet<Audience> publics = EnumSet.copyOf(PERSON_PUBLICS);
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

    /**
     * Which organisations answer which need, by their family and kind (the ESS & Ruralités guide's logic): those who
     * accompany for support, funders for funding, the territory's own services (which know its premises and its
     * newcomers' questions) for a place and for settling, networks for partners. A local authority that funds does
     * so through its schemes, which are ranked on their eligibility: it is not itself a pick. Those who inform
     * households (housing, mobility, childcare) help settling, not the project itself. A person looking for a job or
     * an activity is accompanied by those who inform and orient, not by the networks that support businesses.
     */
    private static boolean serves(Organisation organisation, Need need, ProjectKind project) {
        Family family = organisation.family();
        OrganisationKind kind = organisation.kind();
        if (kind == OrganisationKind.LOCAL_AUTHORITY && family == Family.FUND) {
            return false;
        }
        if (family == Family.INFORM_ORIENT
                && !organisation.sectors().isEmpty()
                && HOUSEHOLD_FIELDS.containsAll(organisation.sectors())) {
            return need == Need.INSTALLATION;
        }
        return switch (need) {
            case ACCOMPAGNEMENT ->
                (family == Family.REPRESENT_SUPPORT && project != ProjectKind.RECHERCHE_ACTIVITE)
                        || (family == Family.INFORM_ORIENT && kind == OrganisationKind.SUPPORT_STRUCTURE);
            case FINANCEMENT -> family == Family.FUND;
            case FORMATION -> false;
            case LIEU -> kind == OrganisationKind.LOCAL_AUTHORITY && family == Family.INFORM_ORIENT;
            case PARTENAIRES -> kind == OrganisationKind.NETWORK;
            case INSTALLATION -> family == Family.INFORM_ORIENT;
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
    private boolean sectorsShared(List<Sector> entrySectors, List<Sector> projectSectors, Reasons reasons) {
        List<Sector> shared =
                entrySectors.stream().filter(projectSectors::contains).toList();
        if (!shared.isEmpty()) {
            reasons.add(() -> text(
                    "orientation.reason.sector",
                    String.join(
                            ", ",
                            shared.stream()
                                    .map(sector -> text(sector.messageKey()))
                                    .toList())));
        }
        return !shared.isEmpty();
    }
}
