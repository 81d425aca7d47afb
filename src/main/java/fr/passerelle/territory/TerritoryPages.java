package fr.passerelle.territory;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.common.Texts;
import fr.passerelle.territory.internal.TerritoryFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Territories' pages for newcomers: one per perimeter, its texts written by the organisation that runs the
 * territory, its figures computed from the geography. Who may write is decided by the caller's module, which knows
 * the organisations; this module keeps the pages and checks their texts.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TerritoryPages {

    static final int TEXT_MAX = 4000;
    /** Addresses under /territoires that are pages of their own. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("communes", "nouvelle", "imports");

    /** A page's text breaks a rule; {@link #breaches()} lists every one. */
    public static class PageRejectedException extends RuleViolation {

        PageRejectedException(List<Breach> breaches) {
            super(breaches);
        }
    }

    private final JdbcClient jdbc;
    private final Territories territories;

    public Optional<TerritoryPage> bySlug(String slug) {
        return jdbc.sql("select * from territory_page where slug = :slug")
                .param("slug", slug == null ? "" : slug)
                .query(TerritoryPage.class)
                .optional();
    }

    public Optional<TerritoryPage> byPerimeter(UUID perimeterId) {
        return jdbc.sql("select * from territory_page where perimeter_id = :perimeter")
                .param("perimeter", perimeterId)
                .query(TerritoryPage.class)
                .optional();
    }

    /** Every page, by name. */
    public List<TerritoryPage> all() {
        return jdbc.sql("select * from territory_page order by name, id")
                .query(TerritoryPage.class)
                .list();
    }

    /** The pages of these organisations. */
    public List<TerritoryPage> ofOrganisations(List<UUID> organisations) {
        return jdbc.sql(
                        "select * from territory_page where organisation_id = any(:organisations::uuid[]) order by name")
                .param("organisations", organisations.toArray(UUID[]::new))
                .query(TerritoryPage.class)
                .list();
    }

    /**
     * Opens the page of a perimeter for the organisation that runs it; its address comes from its name.
     *
     * @throws PageRejectedException when the texts break rules, or the perimeter already has a page
     */
    @Transactional
    public TerritoryPage create(UUID perimeterId, UUID organisationId, TerritoryPageDraft draft) {
        check(draft);
        if (byPerimeter(perimeterId).isPresent()) {
            throw new PageRejectedException(List.of(new Breach("perimeter", "territory.page.exists")));
        }
        String base = slug(draft.name());
        if (RESERVED.contains(base)) {
            base = base + "-territoire";
        }
        String slug = base;
        for (int n = 2; bySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        UUID id = jdbc.sql(
                        """
                        insert into territory_page (perimeter_id, slug, organisation_id, name, tagline, living, services,
                                                    mobility, housing, schools)
                        values (:perimeter, :slug, :organisation, :name, :tagline, :living, :services, :mobility,
                                :housing, :schools)
                        returning id
                        """)
                .param("perimeter", perimeterId)
                .param("slug", slug)
                .param("organisation", organisationId)
                .params(texts(draft))
                .query(UUID.class)
                .single();
        return jdbc.sql("select * from territory_page where id = :id")
                .param("id", id)
                .query(TerritoryPage.class)
                .single();
    }

    /**
     * Opens the page of everything an organisation covers: its one perimeter, or a perimeter of its own made of all
     * of them (a pays of several intercommunalities, a park's communes), named after the page.
     */
    @Transactional
    public TerritoryPage createForCoverage(List<UUID> coverage, UUID organisationId, TerritoryPageDraft draft) {
        check(draft);
        if (coverage.size() == 1) {
            return create(coverage.get(0), organisationId, draft);
        }
        List<PerimeterMember> members = territories.perimeters(coverage).stream()
                .filter(perimeter -> perimeter.kind().official() && perimeter.code() != null)
                .map(perimeter -> new PerimeterMember(perimeter.kind(), perimeter.code()))
                .toList();
        if (members.isEmpty()) {
            throw new PageRejectedException(List.of(new Breach("perimeter", "territory.page.perimeter.required")));
        }
        Perimeter whole =
                territories.createPerimeter(PerimeterKind.CUSTOM, draft.name().strip(), members);
        return create(whole.id(), organisationId, draft);
    }

    /** Changes the page's texts (its address stays, so that links keep working). */
    @Transactional
    public void update(UUID pageId, TerritoryPageDraft draft) {
        check(draft);
        jdbc.sql(
                        """
                        update territory_page set name = :name, tagline = :tagline, living = :living,
                               services = :services, mobility = :mobility, housing = :housing, schools = :schools,
                               updated_at = now()
                        where id = :id
                        """)
                .param("id", pageId)
                .params(texts(draft))
                .update();
    }

    /** The territory in figures: communes, population, and the share of rural communes once the grid is imported. */
    public TerritoryFigures figures(UUID perimeterId) {
        List<String> communes = territories.communeCodes(List.of(perimeterId));
        return jdbc.sql(
                        """
                        select count(*) as communes, sum(c.population) as population,
                               count(r.rural) as classified, count(*) filter (where r.rural) as rural
                        from commune c join commune_rurality r on r.code = c.code
                        where c.code = any(:codes::text[])
                        """)
                .param("codes", communes.toArray(String[]::new))
                .query((rs, row) -> {
                    long population = rs.getLong("population");
                    return new TerritoryFigures(
                            rs.getInt("communes"),
                            rs.wasNull() ? null : population,
                            rs.getInt("classified"),
                            rs.getInt("rural"));
                })
                .single();
    }

    private static java.util.Map<String, Object> texts(TerritoryPageDraft draft) {
        java.util.Map<String, Object> texts = new java.util.HashMap<>();
        texts.put("name", draft.name().strip());
        texts.put("tagline", blankToNull(draft.tagline()));
        texts.put("living", blankToNull(draft.living()));
        texts.put("services", blankToNull(draft.services()));
        texts.put("mobility", blankToNull(draft.mobility()));
        texts.put("housing", blankToNull(draft.housing()));
        texts.put("schools", blankToNull(draft.schools()));
        return texts;
    }

    private static void check(TerritoryPageDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        int name = draft.name() == null ? 0 : draft.name().strip().length();
        if (name < 3 || name > 150) {
            breaches.add(new Breach("name", "territory.page.name.length"));
        }
        if (draft.tagline() != null && draft.tagline().strip().length() > 300) {
            breaches.add(new Breach("tagline", "territory.page.tagline.length"));
        }
        for (var text : List.of(
                java.util.Map.entry("living", String.valueOf(draft.living())),
                java.util.Map.entry("services", String.valueOf(draft.services())),
                java.util.Map.entry("mobility", String.valueOf(draft.mobility())),
                java.util.Map.entry("housing", String.valueOf(draft.housing())),
                java.util.Map.entry("schools", String.valueOf(draft.schools())))) {
            if (text.getValue().strip().length() > TEXT_MAX) {
                breaches.add(new Breach(text.getKey(), "territory.page.text.length"));
            }
        }
        if (!breaches.isEmpty()) {
            throw new PageRejectedException(breaches);
        }
    }

    /** "CC du Pays Diois" → "cc-du-pays-diois". */
    static String slug(String name) {
        String plain = Texts.slug(name, 70);
        return plain.isEmpty() ? "territoire" : plain;
    }
}
