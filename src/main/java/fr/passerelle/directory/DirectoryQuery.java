package fr.passerelle.directory;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.Area;
import java.util.Set;

/**
 * A directory search: words, a commune whose coverage to look for, filters (empty sets filter
 * nothing) and the page wanted, from 0. {@code departement} keeps the entries based in that département;
 * {@code coverageDepartement} those whose coverage meets it (the département, its communes and EPCIs, its région,
 * the country), as an alert on a département announces them.
 */
public record DirectoryQuery(
        String text,
        String commune,
        Set<Family> families,
        Set<OrganisationKind> kinds,
        Set<Area> areas,
        Set<Sector> sectors,
        Set<SchemeType> schemeTypes,
        Set<ProjectStage> stages,
        Set<Audience> audiences,
        boolean essOnly,
        boolean collectiveOnly,
        boolean openNow,
        String departement,
        String coverageDepartement,
        int page,
        int pageSize) {

    public DirectoryQuery {
        text = text == null ? "" : text.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        departement = departement == null || departement.isBlank() ? null : departement.strip();
        coverageDepartement = coverageDepartement == null || coverageDepartement.isBlank()
                ? null
                : coverageDepartement.strip().toUpperCase(java.util.Locale.ROOT);
        families = families == null ? Set.of() : Set.copyOf(families);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        schemeTypes = schemeTypes == null ? Set.of() : Set.copyOf(schemeTypes);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(pageSize, 100));
    }

    /** Everything, first page of 20. */
    public static DirectoryQuery all() {
        return new DirectoryQuery(
                null, null, null, null, null, null, null, null, null, false, false, false, null, null, 0, 20);
    }

    public DirectoryQuery withText(String newText) {
        return edit(b -> b.text = newText);
    }

    public DirectoryQuery withCommune(String newCommune) {
        return edit(b -> b.commune = newCommune);
    }

    /** Only the entries whose coverage meets the département (its code). */
    public DirectoryQuery withCoverageDepartement(String code) {
        return edit(b -> b.coverageDepartement = code);
    }

    public DirectoryQuery withSectors(Set<Sector> newSectors) {
        return edit(b -> b.sectors = newSectors);
    }

    public DirectoryQuery withFamilies(Set<Family> newFamilies) {
        return edit(b -> b.families = newFamilies);
    }

    /** Only schemes of these types, fit for these stages, and open today when asked. */
    public DirectoryQuery withSchemes(Set<SchemeType> types, Set<ProjectStage> fitStages, boolean open) {
        return edit(b -> {
            b.schemeTypes = types;
            b.stages = fitStages;
            b.openNow = open;
        });
    }

    public DirectoryQuery withPage(int newPage, int newPageSize) {
        return edit(b -> {
            b.page = newPage;
            b.pageSize = newPageSize;
        });
    }

    private DirectoryQuery edit(java.util.function.Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A changeable copy, so that each "with" names only what it changes. */
    private static final class Copy {
        String text;
        String commune;
        Set<Family> families;
        Set<OrganisationKind> kinds;
        Set<Area> areas;
        Set<Sector> sectors;
        Set<SchemeType> schemeTypes;
        Set<ProjectStage> stages;
        Set<Audience> audiences;
        boolean essOnly;
        boolean collectiveOnly;
        boolean openNow;
        String departement;
        String coverageDepartement;
        int page;
        int pageSize;

        Copy(DirectoryQuery q) {
            text = q.text;
            commune = q.commune;
            families = q.families;
            kinds = q.kinds;
            areas = q.areas;
            sectors = q.sectors;
            schemeTypes = q.schemeTypes;
            stages = q.stages;
            audiences = q.audiences;
            essOnly = q.essOnly;
            collectiveOnly = q.collectiveOnly;
            openNow = q.openNow;
            departement = q.departement;
            coverageDepartement = q.coverageDepartement;
            page = q.page;
            pageSize = q.pageSize;
        }

        DirectoryQuery build() {
            return new DirectoryQuery(
                    text,
                    commune,
                    families,
                    kinds,
                    areas,
                    sectors,
                    schemeTypes,
                    stages,
                    audiences,
                    essOnly,
                    collectiveOnly,
                    openNow,
                    departement,
                    coverageDepartement,
                    page,
                    pageSize);
        }
    }

    /** Whether a filter bears on the schemes (for an organisation: on one of its schemes). */
    public boolean filtersSchemes() {
        return !schemeTypes.isEmpty()
                || !stages.isEmpty()
                || !audiences.isEmpty()
                || essOnly
                || collectiveOnly
                || openNow;
    }
}
