package fr.passerelle.orientation;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Schemes made for an orientation test, published through the directory's API as a coordinator would. */
record OrientationSchemes(Directory directory, Territories territories) {

    /** A citizens' bicycle workshop at the idea stage in Die, asking for support and funding. */
    static final ProjectProfile BIKE_WORKSHOP = new ProjectProfile(
            ProjectKind.INITIATIVE_CITOYENNE,
            ProjectStage.IDEE,
            List.of(),
            true,
            true,
            List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
            List.of("26113"));

    /** The coordinator who publishes the tests' entries. */
    static final AccountUser COORDINATOR = new AccountUser(
            UUID.randomUUID(),
            "coordination@exemple.fr",
            "Coordination",
            Set.of(Role.COORDINATOR),
            Set.of(),
            true,
            null);

    /** A published subsidy of that organisation for projects at the idea stage, covering one official territory. */
    void publish(
            String organisationName, String name, String calendar, LocalDate closes, PerimeterKind kind, String code) {
        publish(organisationName, name, calendar, null, closes, kind, code);
    }

    /** The same, open from {@code opens}: a recurring scheme's first session. */
    void publish(
            String organisationName,
            String name,
            String calendar,
            LocalDate opens,
            LocalDate closes,
            PerimeterKind kind,
            String code) {
        directory.createScheme(
                COORDINATOR, draft(organisationName, name, calendar, opens, closes, List.of(), kind, code));
    }

    /** An always-open subsidy of that organisation at the idea stage, kept for these kinds of project. */
    UUID publishFor(String organisationName, String name, List<ProjectKind> kinds, PerimeterKind kind, String code) {
        return directory.createScheme(
                COORDINATOR, draft(organisationName, name, "always", null, null, kinds, kind, code));
    }

    /** A coordinator rewrites the scheme: now kept for these kinds of project, covering that territory. */
    void rewrite(
            UUID id, String organisationName, String name, List<ProjectKind> kinds, PerimeterKind kind, String code) {
        directory.updateScheme(COORDINATOR, id, draft(organisationName, name, "always", null, null, kinds, kind, code));
    }

    private SchemeDraft draft(
            String organisationName,
            String name,
            String calendar,
            LocalDate opens,
            LocalDate closes,
            List<ProjectKind> kinds,
            PerimeterKind kind,
            String code) {
        return new SchemeDraft(
                directory.organisationIdByName(organisationName).orElseThrow(),
                name,
                "Un dispositif de test.",
                SchemeType.SUBVENTION,
                List.of(ProjectStage.IDEE),
                kinds,
                List.of(),
                List.of(),
                false,
                false,
                SchemeCalendar.valueOf(calendar.toUpperCase(Locale.ROOT)),
                opens,
                closes,
                null,
                null,
                null,
                null,
                null,
                List.of(territories.officialPerimeter(kind, code).id()),
                LocalDate.now(),
                null);
    }
}
