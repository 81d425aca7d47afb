package fr.passerelle.pathway.internal;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What became of the installations, read from what the database keeps of the follow-up answers (V105
 * {@code installation_outcome}, one row per installation): each installation counts in the year it was
 * dated (with its jobs), then in the year of its first anniversary and of its third, as still active, stopped or not
 * answered. An activity stopped at one year counts as stopped at three (it is not asked again). An anniversary still
 * to come counts nowhere.
 */
@Repository
@RequiredArgsConstructor
public class InstallationOutcomes {

    /** One kind of fact (installed, one_year, three_years) in a year: how many, their jobs, active and stopped. */
    public record YearCount(String kind, int year, int count, int jobs, int active, int stopped) {}

    private final JdbcClient jdbc;

    /**
     * The facts dated from {@code first} (included) to {@code end} (excluded) and no later than {@code today}, by
     * kind and year; in these communes only when {@code communes} is not null.
     */
    public List<YearCount> byYear(LocalDate first, LocalDate end, LocalDate today, List<String> communes) {
        return byYear(first, end, today, communes, null);
    }

    /** The same facts, also limited to these départements (V97's département of a commune) when not null. */
    public List<YearCount> byYear(
            LocalDate first, LocalDate end, LocalDate today, List<String> communes, List<String> departements) {
        return jdbc.sql(
                        """
                        with installed as (
                            select installed_on, jobs, at_one, at_three from installation_outcome
                            where installed_on < :end and installed_on >= cast(:first as date) - interval '3 years'
                              and (cast(:everywhere as boolean) or commune_code = any(:communes))
                              and (cast(:departements as text[]) is null or departement = any(:departements))),
                        facts as (
                            select 'installed' as kind, installed_on as day, jobs, null as state from installed
                            union all
                            select 'one_year', (installed_on + interval '1 year')::date, 0, at_one from installed
                            union all
                            select 'three_years', (installed_on + interval '3 years')::date, 0,
                                   case when at_one = 'arretee' then 'arretee' else at_three end from installed)
                        select kind, extract(year from day)::int as year, count(*) as count,
                               coalesce(sum(jobs), 0) as jobs,
                               count(*) filter (where state = 'active') as active,
                               count(*) filter (where state = 'arretee') as stopped
                        from facts
                        where day >= :first and day < :end and day <= :today
                        group by kind, year order by year, kind
                        """)
                .param("first", first)
                .param("end", end)
                .param("today", today)
                .param("everywhere", communes == null)
                .param("communes", communes == null ? new String[0] : communes.toArray(String[]::new))
                .param("departements", departements == null ? null : departements.toArray(String[]::new))
                .query(YearCount.class)
                .list();
    }
}
