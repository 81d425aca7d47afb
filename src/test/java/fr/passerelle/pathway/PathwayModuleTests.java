package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
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
@ModuleTest(extraIncludes = {"offers", "events"})
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

        scenario.stimulate(() -> pathway.accept(advisor, referral))
                .andWaitForStateChange(() -> mailsTo(desk, PathwayScenario.INITIATIVE + " accepte"))
                .andVerify(sent -> assertThat(sent)
                        .singleElement()
                        .extracting(Email::subject)
                        .isEqualTo(PathwayScenario.INITIATIVE + " accepte le projet «\u00a0" + title + "\u00a0»"));
        assertThatThrownBy(() -> pathway.decline(advisor, referral, "Finalement non."))
                .isInstanceOf(PathwayRejectedException.class)
                .extracting(
                        refusal -> ((RuleViolation) refusal).breaches().get(0).messageKey())
                .isEqualTo("pathway.status.changed");
        assertThatThrownBy(() -> pathway.accept(advisor, referral)).isInstanceOf(PathwayRejectedException.class);
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
        pathway.decline(advisor, referral, "Nous n’accompagnons pas les associations.");
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
        pathway.accept(coordinator, referral);
        assertThat(pathway.referral(desk, referral).orElseThrow().status().name())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aDeclineNeedsItsReason() {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");

        assertThatThrownBy(() -> pathway.decline(advisor, referral, " "))
                .isInstanceOf(PathwayRejectedException.class)
                .extracting(
                        refusal -> ((RuleViolation) refusal).breaches().get(0).messageKey())
                .isEqualTo("pathway.reason.required");
        pathway.decline(advisor, referral, "Nous n’accompagnons pas les associations.");
        assertThat(pathway.referral(advisor, referral).orElseThrow().status().name())
                .isEqualTo("DECLINED");
    }

    @Test
    void aDueFollowUpAsksTheStructureWhatBecameOfTheProject(Scenario scenario) {
        UUID referral = pathway.send(desk, project(true), initiative(), null, "Pouvez-vous les recevoir ?");
        pathway.accept(advisor, referral);
        pathway.close(advisor, referral, Outcome.INSTALLE);
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
        assertThat(mailsTo(advisor, "Rappel")).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("relance à 7 jours"));

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
