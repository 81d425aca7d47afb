package fr.passerelle.common.database;

import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job's work on one instance at a time: in one transaction that first takes a PostgreSQL advisory
 * lock (released at commit), so that several instances started together do the work once, and a job whose previous
 * run still works skips its turn. Each job has its own lock number.
 */
@Component
public class SingleRun {

    /** What {@link #alone} answers when another instance holds the lock. */
    public static final int TAKEN = -1;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SingleRun(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The work's result (how many things it handled), or {@link #TAKEN} when another instance is at it. */
    public int alone(long lock, IntSupplier work) {
        Integer result = transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                    .param("lock", lock)
                    .query(Boolean.class)
                    .single();
            return mine ? work.getAsInt() : TAKEN;
        });
        return result == null ? 0 : result;
    }
}
