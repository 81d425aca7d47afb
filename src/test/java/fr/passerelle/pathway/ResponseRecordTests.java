package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.ResponseRecord;
import fr.passerelle.pathway.internal.ResponseRecordSnapshot;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A structure's response record: its page computes it live; rankings read the nightly snapshot, which counts the
 * referrals of the last 12 months answered or left five days without answer.
 */
@PlatformTest
class ResponseRecordTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private void referral(UUID organisation, int sentDaysAgo, Integer answeredAfterDays) {
        jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, message, status, sent_by, sent_by_name,
                                              sent_at, answered_at, answered_by_name)
                        values (gen_random_uuid(), :organisation, 'Test', :status, gen_random_uuid(), 'Test',
                                now() - make_interval(days => :sent),
                                now() - make_interval(days => :sent) + make_interval(days => :answered), :answerer)
                        """)
                .param("organisation", organisation)
                .param("status", answeredAfterDays == null ? "sent" : "accepted")
                .param("sent", sentDaysAgo)
                .param("answered", answeredAfterDays)
                .param("answerer", answeredAfterDays == null ? null : "Test")
                .update();
    }

    @Test
    void theNightlySnapshotCountsTheLastTwelveMonthsAsThePageDoes() throws Exception {
        UUID structure = UUID.randomUUID();
        referral(structure, 30, 1);
        referral(structure, 40, 3);
        referral(structure, 50, 9);
        referral(structure, 60, null); // left without answer: counts, not quick
        referral(structure, 2, null); // too recent to count
        referral(structure, 400, 1); // older than 12 months

        assertThat(directory.responseRecords(Set.of(structure))).isEmpty();
        ScheduledJobs.runTwiceAtOnce(context, ResponseRecordSnapshot.class, "everyNight");

        ResponseRecord ranked = directory.responseRecords(Set.of(structure)).get(structure);
        ResponseRecord live = directory.responseRecord(structure).orElseThrow();
        assertThat(ranked.referrals()).isEqualTo(4).isEqualTo(live.referrals());
        assertThat(ranked.percentWithinFiveDays()).isEqualTo(50).isEqualTo(live.percentWithinFiveDays());
        assertThat(ranked.medianDays()).isEqualTo(3).isEqualTo(live.medianDays());
    }
}
