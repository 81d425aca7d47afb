package fr.passerelle.directory;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Entries made for a test, through the repositories, with coverage given as official territories. */
class DirectoryFixtures {

    private final OrganisationRepository organisations;
    private final SchemeRepository schemes;
    private final Territories territories;

    DirectoryFixtures(OrganisationRepository organisations, SchemeRepository schemes, Territories territories) {
        this.organisations = organisations;
        this.schemes = schemes;
        this.territories = territories;
    }

    UUID perimeter(PerimeterKind kind, String code) {
        return territories.officialPerimeter(kind, code).id();
    }

    static OrganisationDraft organisation(
            String name, OrganisationKind kind, Family family, String description, List<UUID> coverage) {
        return new OrganisationDraft(
                name,
                kind,
                family,
                SubKind.ACCOMPAGNATEUR_ESS,
                Area.RURAL,
                description,
                null,
                "https://exemple.fr",
                null,
                null,
                null,
                "26113",
                44.75,
                5.37,
                List.of(),
                List.of(),
                List.of(Sector.AGRICULTURE_ALIMENTATION),
                coverage,
                LocalDate.now().minusMonths(2));
    }

    UUID published(String name, OrganisationKind kind, Family family, String description, UUID... coverage) {
        return organisations.insertPublished(organisation(name, kind, family, description, List.of(coverage)), "test");
    }

    UUID scheme(
            UUID organisation,
            String name,
            SchemeType type,
            SchemeCalendar calendar,
            LocalDate opens,
            LocalDate closes) {
        return scheme(organisation, name, type, calendar, opens, closes, SchemeAccess.UNKNOWN);
    }

    UUID scheme(
            UUID organisation,
            String name,
            SchemeType type,
            SchemeCalendar calendar,
            LocalDate opens,
            LocalDate closes,
            SchemeAccess access) {
        return schemes.insert(
                new SchemeDraft(
                        organisation,
                        name,
                        "Un dispositif pour tester la recherche.",
                        type,
                        List.of(fr.passerelle.common.ProjectStage.IDEE),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        false,
                        calendar,
                        opens,
                        closes,
                        null,
                        10_000,
                        null,
                        "Prendre contact.",
                        null,
                        List.of(),
                        null,
                        access),
                EntryStatus.PUBLISHED,
                null);
    }
}
