package fr.passerelle.directory.internal;

import fr.passerelle.common.database.SingleRun;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, forgets the changes of the organisations' reach that every place kept in memory already saw (see
 * {@link OrientationCandidates#pruneChanges()}): the table holds at most the last twelve hours or so of directory
 * edits.
 */
@Component
@RequiredArgsConstructor
class ReachChangePrune {

    private static final Logger log = LoggerFactory.getLogger(ReachChangePrune.class);
    private static final long LOCK = 7_301_100L;
    private static final String JOB = "reach-changes";

    private final OrientationCandidates candidates;
    private final SingleRun single;

    @Scheduled(cron = "${passerelle.jobs.reach-changes.cron:0 50 * * * *}", zone = "Europe/Paris")
    void everyHour() {
        SingleRun.logHandled(
                log,
                "Forgot {} changes of the organisations' reach",
                single.alone(JOB, LOCK, candidates::pruneChanges));
    }
}
