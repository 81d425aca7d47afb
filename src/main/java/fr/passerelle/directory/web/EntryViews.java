package fr.passerelle.directory.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeWindow;
import fr.passerelle.directory.internal.Hit;
import fr.passerelle.directory.internal.MapPoint;
import fr.passerelle.territory.Perimeter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Entries as the JSON API and GeoJSON show them: codes for values, coverage with names, "why it covers". */
@Component
record EntryViews(Directory directory) {
    Map<String, Object> organisation(Hit<Organisation> hit, Map<UUID, Perimeter> perimeters) {
        Organisation o = hit.entry();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", o.id());
        view.put("name", o.name());
        view.put("kind", code(o.kind()));
        view.put("family", code(o.family()));
        view.put("subKind", code(o.subKind()));
        view.put("area", code(o.area()));
        view.put("description", o.description());
        view.put("website", o.website());
        view.put("email", o.email());
        view.put("phone", o.phone());
        view.put("address", o.address());
        view.put("communeCode", o.communeCode());
        view.put("latitude", o.latitude());
        view.put("longitude", o.longitude());
        view.put("networks", o.networks());
        view.put("sectors", codes(o.sectors()));
        view.put("challenges", codes(o.challenges()));
        view.put("coverage", coverage(o.coverage(), perimeters));
        view.put("lastVerifiedOn", o.lastVerifiedOn());
        view.put("qualityScore", o.quality(LocalDate.now()));
        view.put("url", "/annuaire/structures/" + o.id());
        why(view, hit);
        return view;
    }

    Map<String, Object> scheme(Hit<Scheme> hit, Map<UUID, Perimeter> perimeters) {
        Scheme s = hit.entry();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("name", s.name());
        view.put("organisation", Map.of("id", s.organisationId(), "name", s.organisationName()));
        view.put("type", code(s.type()));
        view.put("description", s.description());
        view.put("stages", codes(s.stages()));
        view.put("projectKinds", codes(s.projectKinds()));
        view.put("sectors", codes(s.sectors()));
        view.put("publics", codes(s.audiences()));
        view.put("essOnly", s.essOnly());
        view.put("collectiveOnly", s.collectiveOnly());
        view.put("calendar", code(s.calendar()));
        view.put("opensOn", s.opensOn());
        view.put("closesOn", s.closesOn());
        LocalDate today = Paris.today();
        view.put("openNow", s.openOn(today));
        // The window in force or the next one: a recurring scheme's recorded dates moved on to this year or the next.
        view.put("window", s.window(today).map(EntryViews::window).orElse(null));
        view.put("amountMin", s.amountMin());
        view.put("amountMax", s.amountMax());
        view.put("howToApply", s.howToApply());
        view.put("website", s.website());
        view.put("coverage", coverage(s.coverage(), perimeters));
        view.put("lastVerifiedOn", s.lastVerifiedOn());
        view.put("qualityScore", s.quality(LocalDate.now()));
        view.put("url", "/annuaire/dispositifs/" + s.id());
        why(view, hit);
        return view;
    }

    Map<String, Object> feature(MapPoint o) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", o.id());
        properties.put("name", o.name());
        properties.put("kind", code(o.kind()));
        properties.put("family", code(o.family()));
        properties.put("url", "/annuaire/structures/" + o.id());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(o.longitude(), o.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> window(SchemeWindow window) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("opensOn", window.opensOn());
        view.put("closesOn", window.closesOn());
        return view;
    }

    private static void why(Map<String, Object> view, Hit<?> hit) {
        if (hit.coveredThrough() != null) {
            view.put("coversCommuneThrough", Map.of("perimeter", hit.coveredThrough(), "locality", hit.locality()));
        }
    }

    /** Views of many entries, the names of their coverage read in one query. */
    <T> List<Map<String, Object>> all(
            List<Hit<T>> hits,
            java.util.function.Function<T, List<UUID>> coverageOf,
            java.util.function.BiFunction<Hit<T>, Map<UUID, Perimeter>, Map<String, Object>> view) {
        List<UUID> ids = hits.stream()
                .flatMap(hit -> coverageOf.apply(hit.entry()).stream())
                .distinct()
                .toList();
        Map<UUID, Perimeter> perimeters = new java.util.HashMap<>();
        directory.coverage(ids).forEach(p -> perimeters.put(p.id(), p));
        return hits.stream().map(hit -> view.apply(hit, perimeters)).toList();
    }

    Map<String, Object> organisation(Hit<Organisation> hit) {
        return organisation(hit, perimetersOf(hit.entry().coverage()));
    }

    Map<String, Object> scheme(Hit<Scheme> hit) {
        return scheme(hit, perimetersOf(hit.entry().coverage()));
    }

    private Map<UUID, Perimeter> perimetersOf(List<UUID> ids) {
        Map<UUID, Perimeter> perimeters = new java.util.HashMap<>();
        directory.coverage(ids).forEach(p -> perimeters.put(p.id(), p));
        return perimeters;
    }

    private static List<Map<String, String>> coverage(List<UUID> ids, Map<UUID, Perimeter> perimeters) {
        return ids.stream()
                .map(perimeters::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((Perimeter p) -> p.kind().locality())
                        .thenComparing(Perimeter::name))
                .map(EntryViews::perimeter)
                .toList();
    }

    /** Perimeters as the API writes them: kind, code and name. */
    List<Map<String, String>> perimeters(List<Perimeter> perimeters) {
        return perimeters.stream().map(EntryViews::perimeter).toList();
    }

    private static Map<String, String> perimeter(Perimeter p) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("kind", p.kind().name().toLowerCase());
        view.put("code", p.code());
        view.put("name", p.name());
        return view;
    }

    private static String code(Vocabulary value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(List<? extends Vocabulary> values) {
        return values.stream().map(Vocabulary::code).toList();
    }
}
