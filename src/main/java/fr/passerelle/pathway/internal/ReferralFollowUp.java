package fr.passerelle.pathway.internal;

import fr.passerelle.common.database.SingleRun;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Unanswered referrals: a reminder to the structure at 7 days, another at 14, expiry at 30 (the referent is told).
 * Runs every hour on every instance, but one at a time: the run holds a database lock, so several instances do the
 * work once. What is due is read from the referrals' state, not from a time window, so a run after a stop catches
 * up, sending only the latest reminder owed, in batches (each its own transaction) however long the backlog.
 */
@Component
@RequiredArgsConstructor
public class ReferralFollowUp {

    private static final Logger log = LoggerFactory.getLogger(ReferralFollowUp.class);
    private static final long LOCK = 7_301_001L;
    private static final String JOB = "referral-reminders";

    private final ReferralRepository referrals;
    private final Pathway pathway;
    private final SingleRun single;

    @Scheduled(cron = "${passerelle.jobs.referral-reminders.cron:0 10 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(log, "Followed up {} unanswered referrals", run(OffsetDateTime.now()));
    }

    /** Sends the reminders and expiries due at {@code now}; returns how many referrals moved, -1 if another ran. */
    int run(OffsetDateTime now) {
        return single.inBatches(JOB, LOCK, size -> {
            List<Referral> due = referrals.dueForFollowUp(now, size);
            due.forEach(referral ->
                    followUp(referral, Duration.between(referral.sentAt(), now).toDays()));
            return due.size();
        });
    }

    /** A referral unanswered after 30 days expires; before, it is reminded once after 7 days and again after 14. */
    private void followUp(Referral referral, long days) {
        if (days >= 30) {
            referrals.expire(referral.id());
            pathway.step(
                    referral.projectId(),
                    TimelineKind.REFERRAL_EXPIRED,
                    null,
                    referral.organisationId(),
                    referral.id(),
                    null);
        } else {
            int owed = days >= 14 ? 2 : 1;
            referrals.setReminders(referral.id(), owed);
            pathway.step(
                    referral.projectId(),
                    TimelineKind.REFERRAL_REMINDED,
                    null,
                    referral.organisationId(),
                    referral.id(),
                    owed == 1 ? "7" : "14");
        }
    }
}
