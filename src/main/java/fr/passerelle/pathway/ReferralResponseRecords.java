package fr.passerelle.pathway;

import fr.passerelle.directory.ResponseRecord;
import fr.passerelle.directory.ResponseRecords;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation's answers to the referrals of the last 12 months. */
@Component
class ReferralResponseRecords implements ResponseRecords {

    private final JdbcClient jdbc;

    ReferralResponseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ResponseRecord> of(UUID organisationId) {
        return jdbc.sql(
                        """
                        select count(*) as referrals,
                               count(*) filter (where answered_at <= sent_at + interval '5 days') as quick,
                               percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at))
                                   filter (where answered_at is not null) as median_seconds
                        from referral
                        where organisation_id = :organisation
                          and sent_at >= now() - interval '12 months'
                          and (answered_at is not null or sent_at <= now() - interval '5 days')
                        """)
                .param("organisation", organisationId)
                .query((rs, row) -> {
                    int referrals = rs.getInt("referrals");
                    if (referrals == 0) {
                        return null;
                    }
                    double median = rs.getDouble("median_seconds");
                    return new ResponseRecord(
                            referrals,
                            (double) rs.getInt("quick") / referrals,
                            rs.wasNull() ? null : Duration.ofSeconds((long) median));
                })
                .optional();
    }
}
