package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoFiles;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real actors, schemes and initiatives of the ESS & Ruralités guide and Cap Rural's documents,
 * described in our own words ({@code directory/demo/directory-demo.json}). An entry already there
 * (same name) is left as it is.
 */
@Component
@ConditionalOnDemoData
@Order(10)
@RequiredArgsConstructor
class DirectoryDemoData implements ApplicationRunner {

    static final String RESOURCE = "directory/demo/directory-demo.json";
    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

    /** An official territory by its code, or a park, a GAL... by its name (made by the territories' demo data). */
    record Place(String kind, String code, String name) {}

    record DemoOrganisation(
            String key,
            String name,
            String kind,
            String family,
            String subKind,
            String area,
            String description,
            String siret,
            String website,
            String email,
            String address,
            String communeCode,
            Double latitude,
            Double longitude,
            List<String> networks,
            List<Place> coverage,
            List<String> challenges,
            List<String> sectors,
            LocalDate lastVerified,
            List<Place> welcomeDesk) {}

    record DemoScheme(
            String organisation,
            String name,
            String type,
            String description,
            List<String> stages,
            List<String> projectKinds,
            List<String> sectors,
            List<String> publics,
            boolean essOnly,
            boolean collectiveOnly,
            String calendar,
            LocalDate opensOn,
            LocalDate closesOn,
            Integer amountMin,
            Integer amountMax,
            java.math.BigDecimal ratePercent,
            String howToApply,
            String website,
            List<Place> coverage,
            DemoAccess access) {}

    /** How one reaches a demonstration scheme, when the demonstration says it. */
    record DemoAccess(List<String> receptionModes, String fee, String feeDetails, List<String> mobilisableBy) {}

    record DemoDirectory(List<DemoOrganisation> organisations, List<DemoScheme> schemes) {}

    private final OrganisationRepository organisations;
    private final SchemeRepository schemes;
    private final WelcomeDesks desks;
    private final Territories territories;
    private final DemoFiles files;
    private final SchemeAlerts alerts;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoDirectory demo = files.read(RESOURCE, DemoDirectory.class);
        Map<String, UUID> created = new HashMap<>();
        for (DemoOrganisation organisation : demo.organisations()) {
            if (organisations.idByName(organisation.name()).isEmpty()) {
                created.put(organisation.key(), organisations.insertPublished(draft(organisation), "demonstration"));
            }
        }
        int newSchemes = 0;
        for (DemoScheme scheme : demo.schemes()) {
            UUID organisationId = created.get(scheme.organisation());
            if (organisationId != null) {
                schemes.insert(draft(scheme, organisationId), EntryStatus.PUBLISHED, null);
                newSchemes++;
            }
        }
        if (!created.isEmpty()) {
            log.info("Demonstration directory: {} organisations and {} schemes added", created.size(), newSchemes);
        }
        alerts.demonstrate("porteur@passerelle.example", "26113", ProjectKind.CREATION_INDIVIDUELLE);
        for (DemoOrganisation organisation : demo.organisations()) {
            if (organisation.welcomeDesk() != null) {
                organisations
                        .idByName(organisation.name())
                        .filter(id -> desks.perimetersOf(id).isEmpty())
                        .ifPresent(id -> desks.set(id, perimeters(organisation.welcomeDesk())));
            }
        }
    }

    private OrganisationDraft draft(DemoOrganisation o) {
        return new OrganisationDraft(
                o.name(),
                Codes.one(OrganisationKind.class, o.kind()),
                Codes.one(Family.class, o.family()),
                Codes.one(SubKind.class, o.subKind()),
                Codes.one(Area.class, o.area()),
                o.description(),
                o.siret(),
                o.website(),
                o.email(),
                null,
                o.address(),
                o.communeCode(),
                o.latitude(),
                o.longitude(),
                o.networks(),
                values(Challenge.class, o.challenges()),
                values(Sector.class, o.sectors()),
                perimeters(o.coverage()),
                o.lastVerified());
    }

    private SchemeDraft draft(DemoScheme s, UUID organisationId) {
        return new SchemeDraft(
                organisationId,
                s.name(),
                s.description(),
                Codes.one(SchemeType.class, s.type()),
                values(ProjectStage.class, s.stages()),
                values(ProjectKind.class, s.projectKinds()),
                values(Sector.class, s.sectors()),
                values(Audience.class, s.publics()),
                s.essOnly(),
                s.collectiveOnly(),
                Codes.one(SchemeCalendar.class, s.calendar()),
                s.opensOn(),
                s.closesOn(),
                s.amountMin(),
                s.amountMax(),
                s.ratePercent(),
                s.howToApply(),
                s.website(),
                s.coverage() == null ? List.of() : perimeters(s.coverage()),
                null,
                s.access() == null
                        ? SchemeAccess.UNKNOWN
                        : new SchemeAccess(
                                values(
                                        SchemeAccess.ReceptionMode.class,
                                        s.access().receptionModes()),
                                Codes.one(SchemeAccess.Fee.class, s.access().fee()),
                                s.access().feeDetails(),
                                values(SchemeAccess.Mobiliser.class, s.access().mobilisableBy())));
    }

    private List<UUID> perimeters(List<Place> places) {
        return places.stream().map(this::perimeter).toList();
    }

    private UUID perimeter(Place place) {
        PerimeterKind kind = PerimeterKind.valueOf(place.kind().toUpperCase());
        if (kind.official()) {
            return territories.officialPerimeter(kind, place.code()).id();
        }
        return territories
                .perimeterNamed(kind, place.name())
                .orElseThrow(() -> new IllegalStateException("No " + kind + " perimeter named " + place.name()))
                .id();
    }

    private static <E extends Enum<E> & Vocabulary> List<E> values(Class<E> type, List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream().map(code -> Codes.one(type, code)).toList();
    }
}
