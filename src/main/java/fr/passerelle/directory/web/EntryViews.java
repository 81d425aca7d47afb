package fr.passerelle.directory.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeWindow;
import fr.passerelle.directory.internal.Hit;
import fr.passerelle.directory.internal.MapPoint;
import fr.passerelle.directory.web.ApiEntries.CoveredThrough;
import fr.passerelle.directory.web.ApiEntries.Feature;
import fr.passerelle.directory.web.ApiEntries.FeatureProperties;
import fr.passerelle.directory.web.ApiEntries.OrganisationRef;
import fr.passerelle.directory.web.ApiEntries.OrganisationView;
import fr.passerelle.directory.web.ApiEntries.PerimeterView;
import fr.passerelle.directory.web.ApiEntries.Point;
import fr.passerelle.directory.web.ApiEntries.SchemeView;
import fr.passerelle.directory.web.ApiEntries.Window;
import fr.passerelle.territory.Perimeter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Entries as the JSON API and GeoJSON show them: codes for values, coverage with names, "why it covers". */
@Component
record EntryViews(Directory directory, SiteAddress site) {
    OrganisationView organisation(Hit<Organisation> hit, Map<UUID, Perimeter> perimeters) {
        Organisation o = hit.entry();
        return new OrganisationView(
                o.id(),
                o.name(),
                code(o.kind()),
                code(o.family()),
                code(o.subKind()),
                code(o.area()),
                o.description(),
                o.website(),
                o.email(),
                o.phone(),
                o.address(),
                o.communeCode(),
                o.latitude(),
                o.longitude(),
                o.networks(),
                codes(o.sectors()),
                codes(o.challenges()),
                coverage(o.coverage(), perimeters),
                o.lastVerifiedOn(),
                o.quality(LocalDate.now()),
                site.url() + "/annuaire/structures/" + o.id(),
                why(hit),
                null);
    }

    SchemeView scheme(Hit<Scheme> hit, Map<UUID, Perimeter> perimeters) {
        Scheme s = hit.entry();
        LocalDate today = Paris.today();
        return new SchemeView(
                s.id(),
                s.name(),
                new OrganisationRef(s.organisationId(), s.organisationName()),
                code(s.type()),
                s.description(),
                codes(s.stages()),
                codes(s.projectKinds()),
                codes(s.sectors()),
                codes(s.audiences()),
                s.essOnly(),
                s.collectiveOnly(),
                code(s.calendar()),
                s.opensOn(),
                s.closesOn(),
                s.openOn(today),
                // The window in force or the next one: a recurring scheme's recorded dates moved on to this year or
                // the next.
                s.window(today).map(EntryViews::window).orElse(null),
                s.amountMin(),
                s.amountMax(),
                s.ratePercent(),
                s.howToApply(),
                s.website(),
                coverage(s.coverage(), perimeters),
                s.lastVerifiedOn(),
                s.quality(LocalDate.now()),
                site.url() + "/annuaire/dispositifs/" + s.id(),
                why(hit));
    }

    Feature feature(MapPoint o) {
        return new Feature(
                "Feature",
                new Point("Point", List.of(o.longitude(), o.latitude())),
                new FeatureProperties(
                        o.id(),
                        o.name(),
                        code(o.kind()),
                        code(o.family()),
                        site.url() + "/annuaire/structures/" + o.id()));
    }

    private static Window window(SchemeWindow window) {
        return new Window(window.opensOn(), window.closesOn());
    }

    private static CoveredThrough why(Hit<?> hit) {
        return hit.coveredThrough() == null ? null : new CoveredThrough(hit.coveredThrough(), hit.locality());
    }

    /** Views of many entries, the names of their coverage read in one query. */
    <T, V> List<V> all(
            List<Hit<T>> hits,
            java.util.function.Function<T, List<UUID>> coverageOf,
            java.util.function.BiFunction<Hit<T>, Map<UUID, Perimeter>, V> view) {
        List<UUID> ids = hits.stream()
                .flatMap(hit -> coverageOf.apply(hit.entry()).stream())
                .distinct()
                .toList();
        Map<UUID, Perimeter> perimeters = new java.util.HashMap<>();
        directory.coverage(ids).forEach(p -> perimeters.put(p.id(), p));
        return hits.stream().map(hit -> view.apply(hit, perimeters)).toList();
    }

    OrganisationView organisation(Hit<Organisation> hit) {
        return organisation(hit, perimetersOf(hit.entry().coverage()));
    }

    SchemeView scheme(Hit<Scheme> hit) {
        return scheme(hit, perimetersOf(hit.entry().coverage()));
    }

    private Map<UUID, Perimeter> perimetersOf(List<UUID> ids) {
        Map<UUID, Perimeter> perimeters = new java.util.HashMap<>();
        directory.coverage(ids).forEach(p -> perimeters.put(p.id(), p));
        return perimeters;
    }

    private static List<PerimeterView> coverage(List<UUID> ids, Map<UUID, Perimeter> perimeters) {
        return ids.stream()
                .map(perimeters::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((Perimeter p) -> p.kind().locality())
                        .thenComparing(Perimeter::name))
                .map(EntryViews::perimeter)
                .toList();
    }

    /** Perimeters as the API writes them: kind, code and name. */
    List<PerimeterView> perimeters(List<Perimeter> perimeters) {
        return perimeters.stream().map(EntryViews::perimeter).toList();
    }

    private static PerimeterView perimeter(Perimeter p) {
        return new PerimeterView(p.kind().name().toLowerCase(), p.code(), p.name());
    }

    private static String code(Vocabulary value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(List<? extends Vocabulary> values) {
        return values.stream().map(Vocabulary::code).toList();
    }
}
