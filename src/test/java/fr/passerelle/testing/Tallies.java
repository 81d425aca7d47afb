package fr.passerelle.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts the database keeps for the reports, compared whole with counting the rows themselves: every month,
 * status, structure, desk and event of the test database, so that any drift anywhere fails.
 */
public final class Tallies {

    private Tallies() {}

    /** The rows one query gives and the other does not, both ways. */
    public static int drift(JdbcClient jdbc, String tally, String live) {
        return jdbc.sql("select count(*) from ((" + tally + " except " + live + ") union all (" + live + " except "
                        + tally + ")) drift")
                .query(Integer.class)
                .single();
    }
}
