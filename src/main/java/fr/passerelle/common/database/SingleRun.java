package fr.passerelle.common.database;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job's work on one instance at a time: in one transaction that first takes a PostgreSQL advisory
 * lock (released at commit), so that several instances started together do the work once, and a job whose previous
 * run still works skips its turn. Each job has its own lock number. The lock alone lets a slower instance run the
 * same firing again right after the first one committed: a run is also skipped when another instance recorded one
 * of that job less than {@code passerelle.jobs.same-firing-within} before. A run that did the work is written in
 * {@code scheduled_job_run} with this instance's name, in the same transaction; a skipped run writes nothing.
 */
@Component
public class SingleRun {

    /** What {@link #alone} answers when another instance holds the lock. */
    public static final int TAKEN = -1;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String instance;
    private final Duration sameFiring;
    private final int batchSize;

    SingleRun(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${passerelle.instance-name:}") String instance,
            @Value("${server.port:8080}") int port,
            @Value("${passerelle.jobs.same-firing-within:PT30S}") Duration sameFiring,
            @Value("${passerelle.jobs.batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.instance = instance.isBlank() ? defaultName(port) : instance.strip();
        this.sameFiring = sameFiring;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * The work's result (how many things it handled), or {@link #TAKEN} when another instance is at it; {@code job}
     * names the job in the record of runs.
     */
    public int alone(String job, long lock, IntSupplier work) {
        Integer result = transactions.execute(status -> {
            OffsetDateTime started = jdbc.sql("select clock_timestamp() where pg_try_advisory_xact_lock(:lock)")
                    .param("lock", lock)
                    .query(OffsetDateTime.class)
                    .optional()
                    .orElse(null);
            if (started == null || ranElsewhere(job)) {
                return TAKEN;
            }
            int handled = work.getAsInt();
            record(job, started, handled);
            return handled;
        });
        return result == null ? 0 : result;
    }

    /**
     * Runs the work in batches of at most {@code passerelle.jobs.batch-size} things (the work is given that size and
     * answers how many it handled), each batch {@linkplain #alone alone} in its own transaction, until one handles
     * fewer: a job catching up on a long backlog (a restart after days, national data) holds neither the locks of its
     * rows nor its memory for the whole of it, and what a batch did is kept if a later one fails. The total handled,
     * or {@link #TAKEN} when another instance was at it from the first batch.
     */
    public int inBatches(String job, long lock, IntUnaryOperator batch) {
        int total = 0;
        while (true) {
            int handled = alone(job, lock, () -> batch.applyAsInt(batchSize));
            if (handled == TAKEN) {
                return total == 0 ? TAKEN : total;
            }
            total += handled;
            if (handled < batchSize) {
                return total;
            }
        }
    }

    /**
     * Says in the log how many things a job's run handled, when it handled any: not when there was nothing to do, nor
     * when another instance was at it ({@link #TAKEN}).
     */
    public static void logHandled(Logger log, String message, int handled) {
        if (handled > 0) {
            log.info(message, handled);
        }
    }

    /** This instance's name in the record of runs. */
    public String instance() {
        return instance;
    }

    /** Whether another instance ran this firing of the job already (this instance may run it again: tests do). */
    private boolean ranElsewhere(String job) {
        if (sameFiring.isZero()) {
            return false;
        }
        return jdbc.sql(
                        """
                        select exists (select 1 from scheduled_job_run
                                       where job = :job and instance <> :instance
                                         and started_at > clock_timestamp() - make_interval(secs => :within))
                        """)
                .param("job", job)
                .param("instance", instance)
                .param("within", sameFiring.toMillis() / 1000.0)
                .query(Boolean.class)
                .single();
    }

    private void record(String job, OffsetDateTime started, int handled) {
        jdbc.sql(
                        """
                        insert into scheduled_job_run (job, instance, started_at, finished_at, handled)
                        values (:job, :instance, :started, clock_timestamp(), :handled)
                        """)
                .param("job", job)
                .param("instance", instance)
                .param("started", started)
                .param("handled", handled)
                .update();
        jdbc.sql("delete from scheduled_job_run where job = :job and started_at < now() - interval '90 days'")
                .param("job", job)
                .update();
    }

    /** The host and the HTTP port; the process number as well when the port is chosen at start (tests). */
    private static String defaultName(int port) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "localhost";
        }
        return port > 0
                ? host + ":" + port
                : host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
