package fr.passerelle.territory.internal;

import fr.passerelle.territory.Area;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.territory.MergedCommune;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class CommuneRepository {

    private static final Pattern CODE_QUERY = Pattern.compile("[0-9][0-9AaBb][0-9]{0,3}");

    private static final String FIND =
            """
            select c.code, c.name, c.postal_codes, c.population,
                   c.epci_siren, e.name as epci_name, c.departement_code, d.name as departement_name,
                   c.region_code, r.name as region_name, c.latitude, c.longitude, c.centroid_source,
                   c.density_level, c.density_year, c.city_attraction_category, c.city_attraction_year,
                   cr.rural, cr.rural_autonomous,
                   (select max(year) from geography_load) as geography_year
            from commune c
            join departement d on d.code = c.departement_code
            join region r on r.code = c.region_code
            left join epci e on e.siren = c.epci_siren
            join commune_rurality cr on cr.code = c.code
            where c.code = :code
            """;

    // 'st etienne' and 'St-Étienne' look for 'saint etienne'; the exact name comes first, then names
    // starting with the words typed, then names containing them, then close spellings; bigger first.
    private static final String SEARCH_BY_NAME =
            """
            with q as (select regexp_replace(regexp_replace(search_normalize(:query),
                                  '\\mst\\M', 'saint', 'g'), '\\mste\\M', 'sainte', 'g') as text)
            select c.code, c.name, c.departement_code, c.postal_codes, c.population
            from commune c, q
            where c.search_name like '%' || q.text || '%' or c.search_name % q.text
            order by c.search_name = q.text desc,
                     c.search_name like q.text || '%' desc,
                     c.search_name like '%' || q.text || '%' desc,
                     similarity(c.search_name, q.text) desc,
                     c.population desc nulls last, c.code
            limit :limit
            """;

    private static final String SEARCH_BY_CODE =
            """
            select c.code, c.name, c.departement_code, c.postal_codes, c.population
            from commune c
            where c.code like :prefix || '%'
               or exists (select 1 from unnest(c.postal_codes) p where p like :prefix || '%')
            order by :prefix = any (c.postal_codes) desc, c.code = :prefix desc,
                     c.population desc nulls last, c.code
            limit :limit
            """;

    private final JdbcClient jdbc;

    public Optional<Commune> find(String code) {
        return jdbc.sql(FIND)
                .param("code", code)
                .query(CommuneRepository::commune)
                .optional()
                .map(this::withMergedCommunes);
    }

    /** The classes a merged commune's density level is inherited from, the most populous commune first. */
    private Commune withMergedCommunes(Commune commune) {
        List<MergedCommune> parts = jdbc.sql(
                        """
                        select part_code, coalesce(part_name, part_code) as name, density_level, population
                        from commune_density_part where code = :code
                        order by population desc nulls last, part_code
                        """)
                .param("code", commune.code())
                .query((rs, row) -> new MergedCommune(
                        rs.getString("part_code"),
                        rs.getString("name"),
                        rs.getInt("density_level"),
                        integer(rs, "population")))
                .list();
        if (parts.isEmpty()) {
            return commune;
        }
        return new Commune(
                commune.code(),
                commune.name(),
                commune.postalCodes(),
                commune.population(),
                commune.epci(),
                commune.departement(),
                commune.region(),
                commune.latitude(),
                commune.longitude(),
                commune.densityLevel(),
                commune.cityAttractionCategory(),
                commune.rural(),
                commune.ruralAutonomous(),
                commune.sources(),
                parts);
    }

    public List<CommuneMatch> search(String query, int limit) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (CODE_QUERY.matcher(trimmed).matches()) {
            return jdbc.sql(SEARCH_BY_CODE)
                    .param("prefix", trimmed.toUpperCase())
                    .param("limit", limit)
                    .query(CommuneRepository::match)
                    .list();
        }
        return jdbc.sql(SEARCH_BY_NAME)
                .param("query", trimmed)
                .param("limit", limit)
                .query(CommuneRepository::match)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from commune").query(Long.class).single();
    }

    private static CommuneMatch match(ResultSet rs, int row) throws SQLException {
        return new CommuneMatch(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("departement_code"),
                strings(rs.getArray("postal_codes")),
                (Integer) rs.getObject("population"));
    }

    private static Commune commune(ResultSet rs, int row) throws SQLException {
        String epci = rs.getString("epci_siren");
        return new Commune(
                rs.getString("code"),
                rs.getString("name"),
                strings(rs.getArray("postal_codes")),
                (Integer) rs.getObject("population"),
                epci == null ? null : new Area(epci, rs.getString("epci_name")),
                new Area(rs.getString("departement_code"), rs.getString("departement_name")),
                new Area(rs.getString("region_code"), rs.getString("region_name")),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                integer(rs, "density_level"),
                rs.getString("city_attraction_category"),
                (Boolean) rs.getObject("rural"),
                (Boolean) rs.getObject("rural_autonomous"),
                new Commune.Sources(
                        rs.getInt("geography_year"),
                        integer(rs, "density_year"),
                        integer(rs, "city_attraction_year"),
                        rs.getString("centroid_source")),
                List.of());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
