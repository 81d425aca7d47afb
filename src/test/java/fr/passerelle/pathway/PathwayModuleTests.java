package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Paris;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.notifications.Email;
import fr.passerelle.pathway.internal.FollowUpEvent;
import fr.passerelle.pathway.internal.Outcome;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.pathway.internal.PathwayRejectedException;
import fr.passerelle.pathway.internal.ReferralFollowUp;
import fr.passerelle.pathway.internal.Responder;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The pathway module on its own (with what it uses): a referral needs the holder's consent, answers move it only
 * from where it is, and each step is told by e-mail to the side that must hear of it.
 */
@ModuleTest(extraIncludes = {"offers", "events", "contacts"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class PathwayModuleTests {

    @Autowired
    Pathway pathway;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SentEmails emails;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationContext context;

    PathwayScenario people;
    AccountUser desk;
    AccountUser advisor;
    String title;

    @BeforeEach
    void people() {
        people = new PathwayScenario(null, accounts, intakes, jdbc);
        desk = member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, "accueil");
        advisor = member(Role.ADVISOR, PathwayScenario.INITIATIVE, "initiative");
    }

    @Test
    void noReferralWithoutTheHoldersConsent() {
        UUID project = project(false);

        assertThatThrownBy(() -> pathway.send(desk, project, initiative(), null, "Bonjour"))
                .isInstanceOf(PathwayRejectedException.class)
                .extracting(
                        refusal -> ((RuleViolation) refusal).breaches().get(0).messageKey())
                .isEqualTo("pathway.consent.missing");
        assertThat(pathway.referralsOf(desk, project)).isEmpty();
    }

    @Test
    void aSentReferralIsToldToTheStructuresMembersWithItsLink(Scenario scenario) {
        UUID project = project(true);

        scenario.stimulate(() -> pathway.send(desk, project, initiative(), null, "Pouvez-vous les recevoir ?"))
                .andWaitForStateChange(() -> emails.to(advisor.email()))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Mise en relation\u00a0: «\u00a0" + title + "\u00a0»");
                    assertThat(mail.body()).contains("http://localhost/parcours/orientations/");
                }));
    }

    @Test
    void anAcceptedReferralCanNoLongerBeDeclinedAndTheDeskHearsOfTheAcceptance(Scenario scenario) {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");

        scenario.stimulate(() -> pathway.accept(pathway.member(advisor, referral)))
                .andWaitForStateChange(() -> mailsTo(desk, PathwayScenario.INITIATIVE + " accepte"))
                .andVerify(sent -> assertThat(sent)
                        .singleElement()
                        .extracting(Email::subject)
                        .isEqualTo(PathwayScenario.INITIATIVE + " accepte le projet «\u00a0" + title + "\u00a0»"));
        assertThatThrownBy(() -> pathway.decline(pathway.member(advisor, referral), "Finalement non."))
                .isInstanceOf(PathwayRejectedException.class)
                .extracting(
                        refusal -> ((RuleViolation) refusal).breaches().get(0).messageKey())
                .isEqualTo("pathway.status.changed");
        assertThatThrownBy(() -> pathway.accept(pathway.member(advisor, referral)))
                .isInstanceOf(PathwayRejectedException.class);
    }

    @Test
    void aStructureWithoutMembersHearsAtItsAddressAndAnswersFromTheLinkWithoutAnAccount(Scenario scenario) {
        String address = Sessions.uniqueEmail("contact-structure");
        UUID structure = structureWithoutMembers("Accueil sans compte " + UUID.randomUUID(), address);
        UUID project = project(true);

        UUID referral = pathway.send(desk, project, structure, null, "Pouvez-vous les recevoir ?");
        EventPublications.awaitHandled(context);
        Email mail = emails.to(address).stream()
                .filter(m -> m.subject().startsWith("Mise en relation"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.subject()).isEqualTo("Mise en relation\u00a0: «\u00a0" + title + "\u00a0»");
        assertThat(mail.body()).contains("sans compte", "/annuaire/structures/" + structure + "/rejoindre");
        String token = mail.body().replaceAll("(?s).*http://localhost/orientation-recue/(\\S+).*", "$1");

        Responder responder = pathway.byLink(token).orElseThrow();
        assertThat(responder.referral().id()).isEqualTo(referral);
        assertThat(responder.name()).startsWith("Contact de Accueil sans compte");
        assertThat(pathway.byLink(token + "x")).isEmpty();
        assertThat(pathway.byLink("")).isEmpty();

        scenario.stimulate(() -> pathway.accept(responder))
                .andWaitForStateChange(() -> mailsTo(desk, "Accueil sans compte"))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(accepted -> assertThat(accepted.subject())
                        .endsWith("accepte le projet «\u00a0" + title + "\u00a0»")));
        Responder again = pathway.byLink(token).orElseThrow();
        assertThatThrownBy(() -> pathway.decline(again, "Finalement non."))
                .isInstanceOf(PathwayRejectedException.class);
        pathway.close(again, Outcome.ACCOMPAGNE);
        assertThat(pathway.referral(desk, referral).orElseThrow().answeredByName())
                .startsWith("Contact de Accueil sans compte");
        assertThat(pathway.referral(desk, referral).orElseThrow().status().name())
                .isEqualTo("CLOSED");
    }

    @Test
    void aStructureWithNeitherMembersNorAddressCannotBeChosen() {
        UUID structure = structureWithoutMembers("Structure injoignable " + UUID.randomUUID(), null);
        UUID project = project(true);

        assertThatThrownBy(() -> pathway.send(desk, project, structure, null, "Bonjour"))
                .isInstanceOf(PathwayRejectedException.class)
                .satisfies(refusal -> {
                    assertThat(((RuleViolation) refusal).messageKey()).isEqualTo("pathway.organisation.unreachable");
                    assertThat(((PathwayRejectedException) refusal).arguments()[0].toString())
                            .startsWith("Structure injoignable");
                });
        assertThat(pathway.referralsOf(desk, project)).isEmpty();
    }

    @Test
    void theHolderHearsWhereTheirProjectGoesAndWhatTheStructureSaid() {
        String holder = Sessions.uniqueEmail("porteur");
        title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        UUID project = people.project(title, holder, true);
        UUID referral = pathway.send(desk, project, initiative(), null, "Pouvez-vous les recevoir ?");
        pathway.decline(pathway.member(advisor, referral), "Nous n’accompagnons pas les associations.");
        EventPublications.awaitHandled(context);

        assertThat(emails.to(holder))
                .extracting(Email::subject)
                .contains(
                        "Votre projet «\u00a0" + title + "\u00a0» est transmis à " + PathwayScenario.INITIATIVE,
                        PathwayScenario.INITIATIVE + " ne peut pas vous accompagner");
        assertThat(emails.to(holder))
                .filteredOn(mail -> mail.subject().contains("ne peut pas"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body())
                        .contains("http://localhost/espace")
                        .doesNotContain("associations"));
    }

    @Test
    void aCoordinatorAnswersTheReferralsSentToTheirOwnStructure() {
        AccountUser coordinator = member(Role.COORDINATOR, PathwayScenario.INITIATIVE, "coordination");
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");

        assertThat(pathway.inbox(coordinator, 0)).extracting(r -> r.id()).contains(referral);
        pathway.accept(pathway.member(coordinator, referral));
        assertThat(pathway.referral(desk, referral).orElseThrow().status().name())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aDeclineNeedsItsReason() {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");

        assertThatThrownBy(() -> pathway.decline(pathway.member(advisor, referral), " "))
                .isInstanceOf(PathwayRejectedException.class)
                .extracting(
                        refusal -> ((RuleViolation) refusal).breaches().get(0).messageKey())
                .isEqualTo("pathway.reason.required");
        pathway.decline(pathway.member(advisor, referral), "Nous n’accompagnons pas les associations.");
        assertThat(pathway.referral(advisor, referral).orElseThrow().status().name())
                .isEqualTo("DECLINED");
    }

    @Test
    void aDueFollowUpAsksTheStructureWhatBecameOfTheProject(Scenario scenario) {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");
        pathway.accept(pathway.member(advisor, referral));
        pathway.close(pathway.member(advisor, referral), Outcome.INSTALLE);
        UUID followUp = jdbc.sql("select id from outcome_follow_up where referral_id = :referral")
                .param("referral", referral)
                .query(UUID.class)
                .single();

        scenario.publish(new FollowUpEvent(followUp, false))
                .andWaitForStateChange(() -> mailsTo(advisor, "Que devient le projet"))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Que devient le projet «\u00a0" + title + "\u00a0»\u00a0?");
                    assertThat(mail.body()).contains("http://localhost/parcours/suivis/" + followUp);
                }));
        scenario.publish(new FollowUpEvent(followUp, true))
                .andWaitForStateChange(() -> mailsTo(advisor, "Rappel\u00a0: que devient"))
                .andVerify(sent -> assertThat(sent)
                        .singleElement()
                        .extracting(Email::subject)
                        .isEqualTo("Rappel\u00a0: que devient le projet «\u00a0" + title + "\u00a0»\u00a0?"));
    }

    private void age(UUID referral, int days) {
        jdbc.sql("update referral set sent_at = now() - make_interval(days => :days) where id = :id")
                .param("days", days)
                .param("id", referral)
                .update();
    }

    private int reminders(UUID referral) {
        return jdbc.sql("select reminders_sent from referral where id = :id")
                .param("id", referral)
                .query(Integer.class)
                .single();
    }

    @Test
    void unansweredReferralsAreRemindedAt7And14DaysAndExpireAt30() throws Exception {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Merci de leur répondre.");
        ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
        assertThat(reminders(referral)).isZero();

        age(referral, 8);
        ScheduledJobs.runTwiceAtOnce(context, ReferralFollowUp.class, "everyHour");
        assertThat(reminders(referral)).isEqualTo(1);
        ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
        assertThat(reminders(referral)).isEqualTo(1);
        EventPublications.awaitHandled(context);
        // The structure's members are reminded of every referral due, other tests' ones too: this one's, once.
        assertThat(mailsTo(advisor, "Rappel"))
                .filteredOn(mail -> mail.body().contains(referral.toString()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("relance à 7 jours"));

        age(referral, 15);
        ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
        assertThat(reminders(referral)).isEqualTo(2);

        age(referral, 31);
        ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
        assertThat(jdbc.sql("select status from referral where id = :id")
                        .param("id", referral)
                        .query(String.class)
                        .single())
                .isEqualTo("expired");
    }

    @Test
    void afterAStopOnlyTheLatestReminderGoesAndASecondInstanceWaitsItsTurn() throws Exception {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Un projet pour vous.");
        age(referral, 20);
        ScheduledJobs.whileAnotherInstanceHolds(context, 7_301_001L, () -> {
            ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
            assertThat(reminders(referral)).isZero();
        });

        ScheduledJobs.run(context, ReferralFollowUp.class, "everyHour");
        assertThat(reminders(referral)).isEqualTo(2);
        assertThat(jdbc.sql(
                                "select count(*) from timeline_event where referral_id = :id and kind = 'referral_reminded'")
                        .param("id", referral)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    PathwayIndicators indicators;

    @Test
    void longTermOutcomesCountEachAnniversaryAnsweredStoppedOrUnknownAndNeverOneStillToCome() {
        jdbc.sql("delete from referral where closed_at < timestamptz '1996-01-01 00:00+00'")
                .update();
        installed("26113", "1990-03-10", 2, "active", "active");
        installed("26113", "1990-06-01", 1, "arretee", null);
        installed("26113", "1990-09-01", 0, null, null);
        installed("05061", "1991-02-01", 3, "active", null);
        installed("98765", Paris.today().minusMonths(1).toString(), 4, null, null);

        PathwayIndicators.Outcomes ninetyOne = indicators.outcomes(MonthRange.year(1991), null);
        assertThat(ninetyOne.installations()).isEqualTo(1);
        assertThat(ninetyOne.jobs()).isEqualTo(3);
        assertThat(ninetyOne.oneYear()).isEqualTo(new PathwayIndicators.Durability(3, 1, 1));
        assertThat(ninetyOne.oneYear().unknown()).isEqualTo(1);
        assertThat(ninetyOne.oneYear().responseRate()).isEqualTo(2.0 / 3);
        assertThat(ninetyOne.oneYear().activeRate()).isEqualTo(0.5);
        // Stopped at one year counts as stopped at three; never answered stays unknown, not active.
        assertThat(indicators.outcomes(MonthRange.year(1993), null).threeYears())
                .isEqualTo(new PathwayIndicators.Durability(3, 1, 1));
        assertThat(indicators.outcomes(MonthRange.year(1994), null).threeYears())
                .isEqualTo(new PathwayIndicators.Durability(1, 0, 0));
        assertThat(indicators.outcomes(MonthRange.year(1991), List.of("05061")))
                .isEqualTo(new PathwayIndicators.Outcomes(
                        1, 3, PathwayIndicators.Durability.NONE, PathwayIndicators.Durability.NONE));
        assertThat(indicators.outcomesByYear(1990, 1992))
                .containsOnlyKeys(1990, 1991, 1992)
                .hasEntrySatisfying(
                        1990, year -> assertThat(year.installations()).isEqualTo(3))
                .hasEntrySatisfying(
                        1992, year -> assertThat(year.oneYear().reached()).isEqualTo(1));
        int thisYear = Paris.today().getYear();
        PathwayIndicators.Outcomes recent =
                indicators.outcomes(MonthRange.years(thisYear - 1, thisYear + 1), List.of("98765"));
        assertThat(recent.installations()).isEqualTo(1);
        assertThat(recent.oneYear().reached()).isZero();
        assertThat(recent.oneYear().responseRate()).isNull();
    }

    /** An installation in a commune on a day, its jobs, and the answers at one and three years (null: none). */
    private void installed(String commune, String day, int jobs, String atOne, String atThree) {
        LocalDate on = LocalDate.parse(day);
        UUID referral = jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, message, sent_by, sent_by_name, sent_at,
                                              status, outcome, closed_at, answered_at, answered_by_name)
                        values (gen_random_uuid(), gen_random_uuid(), 'Test', gen_random_uuid(), 'Test', :at,
                                'closed', 'installe', :at, :at, 'Test')
                        returning id
                        """)
                .param("at", on.atStartOfDay(Paris.ZONE).toOffsetDateTime())
                .query(UUID.class)
                .single();
        answer(referral, "installation", on, "installe", commune, on, jobs);
        if (atOne != null) {
            answer(referral, "one_year", on.plusYears(1), atOne, null, null, null);
        }
        if (atThree != null) {
            answer(referral, "three_years", on.plusYears(3), atThree, null, null, null);
        }
    }

    private void answer(
            UUID referral,
            String milestone,
            LocalDate due,
            String answer,
            String commune,
            LocalDate installedOn,
            Integer jobs) {
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on,
                                answered_at, answered_by_name, answer, commune_code, installed_on, jobs)
                        select id, project_id, organisation_id, :milestone, :due, now(), 'Test', :answer,
                               cast(:commune as text), cast(:installedOn as date), cast(:jobs as smallint)
                        from referral where id = :referral
                        """)
                .param("referral", referral)
                .param("milestone", milestone)
                .param("due", due)
                .param("answer", answer)
                .param("commune", commune)
                .param("installedOn", installedOn)
                .param("jobs", jobs)
                .update();
    }

    private List<Email> mailsTo(AccountUser user, String subjectStart) {
        return emails.to(user.email()).stream()
                .filter(mail -> mail.subject().startsWith(subjectStart))
                .toList();
    }

    private UUID project(boolean consent) {
        title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        return people.project(title, Sessions.uniqueEmail("velo"), consent);
    }

    private UUID initiative() {
        return people.organisation(PathwayScenario.INITIATIVE);
    }

    private UUID structureWithoutMembers(String name, String address) {
        return PathwayScenario.structureWithoutMembers(
                directory, member(Role.COORDINATOR, PathwayScenario.DIOIS, "coordination"), name, address);
    }

    private AccountUser member(Role role, String organisation, String prefix) {
        String email = Sessions.uniqueEmail(prefix);
        UUID org = people.organisation(organisation);
        UUID id = Sessions.user(accounts, email, role, org);
        return new AccountUser(id, email, "Personne de test", Set.of(role), Set.of(org), true, null);
    }
}
