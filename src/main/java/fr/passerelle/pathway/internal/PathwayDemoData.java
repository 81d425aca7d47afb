package fr.passerelle.pathway.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration's outcomes over time: projects that support structures accompanied until they settled in the
 * network's territories from 2019 on, about eight a year, with their jobs, and what the structures answered at one
 * and three years (most still active, a few stopped, some questions left unanswered, as in life). Only the
 * pathway's own rows: the holders' files are not part of the demonstration. Left as it is when it exists.
 */
@Component
@ConditionalOnDemoData
@Order(55)
@RequiredArgsConstructor
class PathwayDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PathwayDemoData.class);
    /** Who "sent" the demonstration's referrals: how the demonstration finds them again. */
    static final UUID SENDER = UUID.nameUUIDFromBytes("passerelle-demo-pathway".getBytes(StandardCharsets.UTF_8));

    private static final int INSTALLATIONS = 56;
    private static final int FIRST_YEAR = 2019;
    /** The communes of the demonstration territories where the projects settled: Die, Pélussin, Privas... */
    private static final List<String> COMMUNES =
            List.of("26113", "42168", "07186", "69264", "07236", "69064", "42023", "42187", "01283", "69006");

    private static final List<String> STRUCTURES = List.of("ADRETS", "Terre de Liens", "Villages Vivants", "Adie");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final TransactionTemplate transactions;

    /** One settled project: where, when, with how many jobs, and the answers at one and three years (null: none). */
    private record Settled(String commune, UUID structure, LocalDate on, int jobs, String atOne, String atThree) {}

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from referral where sent_by = :sender)")
                .param("sender", SENDER)
                .query(Boolean.class)
                .single()) {
            return;
        }
        List<UUID> structures = STRUCTURES.stream()
                .map(directory::organisationIdByName)
                .flatMap(Optional::stream)
                .toList();
        if (structures.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < INSTALLATIONS; i++) {
                record(settled(i, structures));
            }
        });
        log.info("Demonstration outcomes: {} installations followed up", INSTALLATIONS);
    }

    /** The i-th settled project, spread over the years, months and territories; answers only when their day is past. */
    private static Settled settled(int i, List<UUID> structures) {
        LocalDate on = LocalDate.of(FIRST_YEAR + i / 8, 1 + (i * 5) % 12, 1 + (i * 7) % 27);
        LocalDate today = Paris.today();
        String atOne = i % 7 == 3 ? "arretee" : i % 6 == 4 ? null : "active";
        String atThree = "arretee".equals(atOne) ? null : i % 5 == 2 ? "arretee" : i % 4 == 1 ? null : "active";
        return new Settled(
                COMMUNES.get(i % COMMUNES.size()),
                structures.get(i % structures.size()),
                on,
                i % 4 == 0 ? 2 : 1,
                on.plusYears(1).isAfter(today) ? null : atOne,
                on.plusYears(3).isAfter(today) ? null : atThree);
    }

    private void record(Settled settled) {
        UUID referral = jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, message, status, sent_by, sent_by_name,
                                              sent_at, answered_by_name, answered_at, outcome, closed_at)
                        values (gen_random_uuid(), :structure,
                                'Un projet d’installation en milieu rural, accompagné par votre structure.', 'closed',
                                :sender, 'Accueil du réseau', :sent, 'Conseiller de la structure',
                                :sent + interval '5 days', 'installe', :closed)
                        returning id
                        """)
                .param("structure", settled.structure())
                .param("sender", SENDER)
                .param(
                        "sent",
                        settled.on().minusMonths(5).atStartOfDay(Paris.ZONE).toOffsetDateTime())
                .param("closed", settled.on().atStartOfDay(Paris.ZONE).toOffsetDateTime())
                .query(UUID.class)
                .single();
        answer(referral, "installation", settled.on(), "installe", settled);
        LocalDate today = Paris.today();
        if (!settled.on().plusYears(1).isAfter(today)) {
            answer(referral, "one_year", settled.on().plusYears(1), settled.atOne(), settled);
        }
        if (!"arretee".equals(settled.atOne()) && !settled.on().plusYears(3).isAfter(today)) {
            answer(referral, "three_years", settled.on().plusYears(3), settled.atThree(), settled);
        }
    }

    /** A question and its answer; with no answer, a question asked and reminded, still open. */
    private void answer(UUID referral, String milestone, LocalDate due, String answer, Settled settled) {
        boolean installation = "installation".equals(milestone);
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on,
                                asked_at, reminded_at, answered_at, answered_by_name, answer, commune_code,
                                installed_on, jobs)
                        select id, project_id, organisation_id, :milestone, :due, :asked, :asked + interval '1 month',
                               case when cast(:answer as text) is null then null else :asked + interval '9 days' end,
                               case when cast(:answer as text) is null then null else 'Conseiller de la structure' end,
                               cast(:answer as text), cast(:commune as text), cast(:installedOn as date),
                               cast(:jobs as smallint)
                        from referral where id = :referral
                        """)
                .param("referral", referral)
                .param("milestone", milestone)
                .param("due", due)
                .param("asked", due.atTime(9, 0).atZone(Paris.ZONE).toOffsetDateTime())
                .param("answer", answer)
                .param("commune", installation ? settled.commune() : null)
                .param("installedOn", installation ? settled.on() : null)
                .param("jobs", installation ? settled.jobs() : null)
                .update();
    }
}
