package fr.passerelle.events.internal;

import fr.passerelle.common.database.SingleRun;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute (one instance at a time, in the lock's transaction), the events that have registrations whose address
 * was not confirmed in time let them go: their held seats go to the waitlisted, who are told. Registering, confirming
 * and cancelling do the same for their event first, so the job only spares the waitlisted a wait.
 */
@Component
public record ConfirmationDeadlines(JdbcClient jdbc, Seats seats, SingleRun single) {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationDeadlines.class);
    private static final long LOCK = 7_301_015L;
    private static final String JOB = "confirmation-deadlines";
    /** Events handled per run; the next run goes on with the rest. */
    private static final int BATCH = 200;

    @Scheduled(cron = "${passerelle.jobs.confirmation-deadlines.cron:0 * * * * *}", zone = "Europe/Paris")
    void everyMinute() {
        SingleRun.logHandled(
                log, "Released the unconfirmed registrations of {} events", single.alone(JOB, LOCK, this::release));
    }

    private int release() {
        List<UUID> due = jdbc.sql(
                        """
                        select distinct event_id from registration
                        where status in ('held', 'waitlisted', 'pending_approval') and confirm_by <= now()
                        order by event_id limit :batch
                        """)
                .param("batch", BATCH)
                .query(UUID.class)
                .list();
        due.forEach(seats::lock);
        return due.size();
    }
}
