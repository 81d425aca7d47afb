package fr.passerelle.pathway.internal;

import fr.passerelle.common.Paris;
import fr.passerelle.common.database.SingleRun;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes every structure's response record each night into {@code response_record}, which rankings read dozens at
 * a time. One instance at a time under a database lock; at start, a snapshot older than today is computed again, so
 * a stopped night is caught up. Not in command mode, whose context closes as soon as the command is done.
 */
@Component
@ConditionalOnProperty(name = "passerelle.command", havingValue = "false", matchIfMissing = true)
@RequiredArgsConstructor
public class ResponseRecordSnapshot {

    private static final Logger log = LoggerFactory.getLogger(ResponseRecordSnapshot.class);
    private static final long LOCK = 7_301_004L;
    private static final String JOB = "response-records";

    private final JdbcClient jdbc;
    private final SingleRun single;

    @Scheduled(cron = "${passerelle.jobs.response-records.cron:0 30 3 * * *}", zone = "Europe/Paris")
    void everyNight() {
        refresh(LocalDate.now(Paris.ZONE));
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        LocalDate today = LocalDate.now(Paris.ZONE);
        LocalDate latest = jdbc.sql("select max(computed_on) from response_record")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (latest == null || latest.isBefore(today)) {
            refresh(today);
        }
    }

    /** Computes the records as of that day; how many structures have one, or -1 when another instance is at it. */
    int refresh(LocalDate day) {
        int count = single.alone(JOB, LOCK, () -> {
            jdbc.sql("delete from response_record").update();
            return jdbc.sql(
                            """
                            insert into response_record (organisation_id, referrals, quick, median_seconds, computed_on)
                            select organisation_id, count(*),
                                   count(*) filter (where answered_at <= sent_at + interval '5 days'),
                                   percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at))
                                       filter (where answered_at is not null),
                                   :day
                            from referral
                            where sent_at >= :day - interval '12 months'
                              and (answered_at is not null or sent_at <= :day - interval '5 days')
                            group by organisation_id
                            """)
                    .param("day", day)
                    .update();
        });
        if (count >= 0) {
            log.info("Response records computed for {} structures", count);
        }
        return count;
    }
}
