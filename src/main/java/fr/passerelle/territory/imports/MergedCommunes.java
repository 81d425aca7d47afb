package fr.passerelle.territory.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The density class of a commune created by a merger after the density grid: the grid classifies the communes it
 * joined, not the commune itself (a new code), or only the one whose code it kept. It inherits the class in which the
 * largest part of their population lived: INSEE classifies a commune by where its inhabitants live (the population
 * of its grid cells), so the class of most of the merged population is the closest reading of the grid to the new
 * commune that the grid's per-commune columns allow, and it says plainly where it comes from. A tie goes to the class
 * of more communes, then to the denser one. The most frequent class by number of communes would let three hamlets
 * outweigh a bourg of 2,000 people.
 *
 * <p>A commune inherits from a national file, or from a partial one that holds the commune itself: a partial file
 * without it (a correction of one former commune) says too little of the whole.
 */
final class MergedCommunes {

    /** The communes, as {@code m.code}, that have a former commune in the staged file and inherit from it. */
    static final String MERGED_IN_FILE =
            """
            from commune_predecessor m join staging_reference sp on sp.code = m.predecessor
            where (:national or exists (select 1 from staging_reference so where so.code = m.code))
            """;

    /**
     * What an import gave merged communes.
     *
     * @param communes the communes that inherited a class
     * @param parts the codes of the file whose classes they inherited
     * @param updated how many of them changed class
     */
    record Inherited(Set<String> communes, Set<String> parts, int updated) {
        static final Inherited NONE = new Inherited(Set.of(), Set.of(), 0);
    }

    private MergedCommunes() {}

    /** Writes the parts and the inherited class of each commune the staged grid says something of. */
    static Inherited inherit(JdbcClient jdbc, Integer year, boolean national) {
        List<String> merged = jdbc.sql("select distinct m.code " + MERGED_IN_FILE)
                .param("national", national)
                .query(String.class)
                .list();
        String[] codes = merged.toArray(String[]::new);
        jdbc.sql(
                        """
                        delete from commune_density_part d
                        where d.code = any(:merged::text[])
                           or exists (select 1 from staging_reference s where s.code = d.code)
                        """)
                .param("merged", codes)
                .update();
        Set<String> parts = new HashSet<>(jdbc.sql(
                        """
                        insert into commune_density_part (code, part_code, part_name, density_level, population)
                        select p.code, s.code, s.third, s.first::smallint, s.second::integer
                        from commune_predecessor p join staging_reference s on s.code = p.predecessor
                        where p.code = any(:merged::text[])
                        union all
                        select c.code, s.code, s.third, s.first::smallint, s.second::integer
                        from commune c join staging_reference s on s.code = c.code
                        where c.code = any(:merged::text[])
                        returning part_code
                        """)
                .param("merged", codes)
                .query(String.class)
                .list());
        int updated = jdbc.sql(
                        """
                        update commune c set density_level = w.level, density_year = :year::smallint
                        from (select distinct on (code) code, level
                              from (select code, density_level as level, sum(coalesce(population, 0)) as people,
                                           count(*) as communes
                                    from commune_density_part where code = any(:merged::text[])
                                    group by code, density_level) t
                              order by code, people desc, communes desc, level) w
                        where c.code = w.code
                          and (c.density_level, c.density_year) is distinct from (w.level, :year::smallint)
                        """)
                .param("merged", codes)
                .param("year", year)
                .update();
        return new Inherited(Set.copyOf(merged), parts, updated);
    }
}
