package fr.passerelle.pathway.internal;

import fr.passerelle.directory.ResponseRecord;
import fr.passerelle.directory.ResponseRecords;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations' answers to the referrals of the last 12 months. */
@Component
record ReferralResponseRecords(JdbcClient jdbc) implements ResponseRecords {
    /** Live, for one structure's page. */
    @Override
    public Optional<ResponseRecord> of(UUID organisationId) {
        return Optional.ofNullable(live(List.of(organisationId)).get(organisationId));
    }

    /** As computed last night, for rankings that read dozens at once. */
    @Override
    public Map<UUID, ResponseRecord> of(Collection<UUID> organisationIds) {
        return read(
                """
                select organisation_id, referrals, quick, median_seconds from response_record
                where organisation_id = any(:organisations::uuid[])
                """,
                organisationIds);
    }

    private Map<UUID, ResponseRecord> live(Collection<UUID> organisationIds) {
        return read(
                """
                select organisation_id, count(*) as referrals,
                       count(*) filter (where answered_at <= sent_at + interval '5 days') as quick,
                       percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at))
                           filter (where answered_at is not null) as median_seconds
                from referral
                where organisation_id = any(:organisations::uuid[])
                  and sent_at >= now() - interval '12 months'
                  and (answered_at is not null or sent_at <= now() - interval '5 days')
                group by organisation_id
                """,
                organisationIds);
    }

    /** The records a query reads (organisation, referrals, quick answers, median seconds), by organisation. */
    private Map<UUID, ResponseRecord> read(String sql, Collection<UUID> organisationIds) {
        Map<UUID, ResponseRecord> records = new HashMap<>();
        jdbc.sql(sql)
                .param("organisations", organisationIds.toArray(UUID[]::new))
                .query(rs -> {
                    double median = rs.getDouble("median_seconds");
                    boolean noMedian = rs.wasNull();
                    int referrals = rs.getInt("referrals");
                    records.put(
                            rs.getObject("organisation_id", UUID.class),
                            new ResponseRecord(
                                    referrals,
                                    (double) rs.getInt("quick") / referrals,
                                    noMedian ? null : Duration.ofSeconds((long) median)));
                });
        return records;
    }
}
