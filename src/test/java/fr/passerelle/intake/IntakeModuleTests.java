package fr.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.InboxItem;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.IntakeReceipt;
import fr.passerelle.intake.internal.ProjectExchange;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.notifications.Email;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferDraft;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The intake module on its own (with what it uses): a request goes to the desk covering the commune, the holder and
 * the desk hear of it, and the project exchange tells each side of an interest and its answer.
 */
@ModuleTest(extraIncludes = "contacts")
@TestPropertySource(properties = "passerelle.demo-data=true")
class IntakeModuleTests {

    private static final String DIOIS = "Communauté de communes du Diois";
    private static final String PILAT = "Communauté de communes du Pilat Rhodanien";

    @Autowired
    Intakes intakes;

    @Autowired
    ProjectExchange exchange;

    @Autowired
    Accounts accounts;

    @Autowired
    SentEmails emails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Offers offers;

    @Autowired
    ApplicationContext context;

    @Test
    void aRequestFromDieGoesToTheDioisDeskWhoseMembersAreTold(Scenario scenario) {
        String welcomer = Sessions.uniqueEmail("accueil-diois");
        Sessions.user(accounts, welcomer, Role.TERRITORY_AGENT, organisation(DIOIS));
        String holder = Sessions.uniqueEmail("atelier");

        AtomicReference<IntakeReceipt> receipt = new AtomicReference<>();

        scenario.stimulate(() -> receipt.set(submit(holder, "26113", "Atelier vélo " + UUID.randomUUID())))
                .andWaitForStateChange(() -> emails.to(welcomer))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo("Nouvelle demande d’accueil "
                                    + receipt.get().reference());
                    assertThat(mail.body())
                            .contains("/accueil/demandes/" + receipt.get().requestId());
                }));
        assertThat(receipt.get().deskName()).isEqualTo(DIOIS);
    }

    /**
     * Aurillac: no desk covers it, so the coordinators of the network whose régions hold it (Cap Rural, Auvergne-Rhône-
     * Alpes) hear of the request; the holder gets their reference.
     */
    @Test
    void theHolderGetsTheirReferenceAndTheCoordinatorsARequestNoDeskCovers() {
        String coordinator = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        String holder = Sessions.uniqueEmail("sans-guichet");
        IntakeReceipt receipt = submit(holder, "15014", "Ferme " + UUID.randomUUID(), false, "15014");
        assertThat(receipt.deskName()).isNull();
        EventPublications.awaitHandled(context);
        assertThat(emails.to(holder))
                .filteredOn(mail -> mail.subject().equals("Votre demande d’accueil " + receipt.reference()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Jeanne Valette"));
        assertThat(emails.to(coordinator)).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("http://localhost/accueil/demandes/"));
    }

    @Test
    void aDeskWithoutMembersTakesTheRequestFromItsAddressAndCoordinatorsSeeWhatNoDeskTook() {
        String holderEmail = Sessions.uniqueEmail("oyonnax");
        IntakeReceipt receipt =
                submit(holderEmail, "01283", "Atelier de plasturgie " + UUID.randomUUID(), false, "01283");
        EventPublications.awaitHandled(context);

        Email notice = emails.to("contact@oyonnax.example").stream()
                .filter(mail -> mail.subject().contains(receipt.reference()))
                .findFirst()
                .orElseThrow();
        assertThat(notice.body()).contains("sans compte", "http://localhost/annuaire/structures/");
        String token = notice.body().replaceAll("(?s).*http://localhost/accueil/demande-recue/(\\S+).*", "$1");
        assertThat(intakes.fileByLink(token).orElseThrow().request().id()).isEqualTo(receipt.requestId());
        assertThat(intakes.fileByLink(token + "x")).isEmpty();
        assertThat(intakes.takeByLink("")).isFalse();

        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        AccountUser coordinator = new AccountUser(
                Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR),
                coordinatorEmail,
                "Coordination",
                Set.of(Role.COORDINATOR),
                Set.of(),
                true,
                null);
        assertThat(intakes.inbox(coordinator)).extracting(InboxItem::id).doesNotContain(receipt.requestId());
        jdbc.sql("update intake_request set created_at = now() - interval '4 days' where id = :id")
                .param("id", receipt.requestId())
                .update();
        assertThat(intakes.inbox(coordinator))
                .filteredOn(item -> item.id().equals(receipt.requestId()))
                .singleElement()
                .satisfies(item -> assertThat(item.untakenByItsDesk()).isTrue());

        assertThat(intakes.takeByLink(token)).isTrue();
        assertThat(intakes.takeByLink(token)).isFalse();
        assertThat(intakes.inbox(coordinator)).extracting(InboxItem::id).doesNotContain(receipt.requestId());
        assertThat(intakes.accessLog(coordinator, 50))
                .anySatisfy(entry -> assertThat(entry.userName()).isEqualTo("Contact de Ville d’Oyonnax (par e-mail)"));
    }

    @Test
    void theHolderHearsOfAnInterestAndTheTerritoryOfTheAnswer(Scenario scenario) {
        String holderEmail = Sessions.uniqueEmail("ferme");
        IntakeReceipt receipt = submit(holderEmail, "69123", "Ferme-auberge " + UUID.randomUUID());
        // The request's own e-mails are sent before the territory's agent is created, or the agent would get one too.
        EventPublications.awaitHandled(context);
        AccountUser holder = holder(holderEmail);
        exchange.publish(
                holder,
                receipt.projectId(),
                new ProjectExchange.CardDraft(
                        "Une ferme-auberge avec des chèvres et une table d’hôtes, " + UUID.randomUUID(),
                        "Des terres et un bâtiment à rénover",
                        "Drôme"));
        UUID card = jdbc.sql("select id from project_card where project_id = :p")
                .param("p", receipt.projectId())
                .query(UUID.class)
                .single();
        String agentEmail = Sessions.uniqueEmail("diois");
        AccountUser agent = agent(agentEmail, DIOIS);

        scenario.stimulate(() -> exchange.expressInterest(
                        agent, card, "Nous avons des terres et un accompagnement pour les fermes-auberges."))
                .andWaitForStateChange(() -> emails.to(holderEmail).stream()
                        .filter(mail -> mail.subject().contains("s’intéresse à votre projet"))
                        .toList())
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.body())
                        .contains("/espace/projets/" + receipt.projectId() + "/bourse")));

        UUID interest = exchange.interestsIn(holder, receipt.projectId()).get(0).id();
        scenario.stimulate(() -> exchange.answer(holder, interest, true))
                .andWaitForStateChange(() -> emails.to(agentEmail))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).contains("accepte l’échange");
                    assertThat(mail.body()).contains(holderEmail);
                }));
    }

    @Test
    void aDeclinedInterestIsToldWithoutTheHoldersAddress(Scenario scenario) {
        String holderEmail = Sessions.uniqueEmail("refus");
        IntakeReceipt receipt = submit(holderEmail, "69123", "Ferme-auberge " + UUID.randomUUID());
        AccountUser holder = holder(holderEmail);
        exchange.publish(
                holder,
                receipt.projectId(),
                new ProjectExchange.CardDraft(
                        "Une ferme-auberge à reprendre dans un village, " + UUID.randomUUID(), "Du foncier", "Loire"));
        UUID card = jdbc.sql("select id from project_card where project_id = :p")
                .param("p", receipt.projectId())
                .query(UUID.class)
                .single();
        String agentEmail = Sessions.uniqueEmail("pilat");
        exchange.expressInterest(agent(agentEmail, PILAT), card, "Le Pilat a aussi des fermes à reprendre.");
        UUID interest = exchange.interestsIn(holder, receipt.projectId()).get(0).id();

        scenario.stimulate(() -> exchange.answer(holder, interest, false))
                .andWaitForStateChange(() -> emails.to(agentEmail))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).contains("ne donne pas suite");
                    assertThat(mail.body()).doesNotContain(holderEmail);
                }));
    }

    @Test
    void aPublishedOfferIsToldOnceToTheHoldersWhoAgreedToBeContacted(Scenario scenario) {
        String willing = Sessions.uniqueEmail("contact-oui");
        String unwilling = Sessions.uniqueEmail("contact-non");
        String title = "Atelier de céramique " + UUID.randomUUID();
        submit(willing, "69123", title, true);
        submit(unwilling, "69123", "Atelier de verre " + UUID.randomUUID(), false);
        AccountUser coordinator = new AccountUser(
                UUID.randomUUID(),
                "coordination@exemple.fr",
                "Coordination",
                Set.of(Role.COORDINATOR),
                Set.of(),
                true,
                null);
        UUID offer = offers.create(coordinator, localInDie(organisation(DIOIS)));

        scenario.stimulate(() -> offers.publish(coordinator, offer))
                .andWaitForStateChange(() -> offerMails(willing))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo(
                                    "Une offre pour votre projet\u00a0: «\u00a0Local commercial au centre de Die\u00a0»");
                    assertThat(mail.body()).contains("http://localhost/offres/" + offer);
                }));
        offers.withdraw(coordinator, offer);
        offers.publish(coordinator, offer);
        EventPublications.awaitHandled(context);
        assertThat(offerMails(willing)).hasSize(1);
        assertThat(offerMails(unwilling)).isEmpty();
    }

    private List<Email> offerMails(String address) {
        return emails.to(address).stream()
                .filter(mail -> mail.subject().startsWith("Une offre pour votre projet"))
                .toList();
    }

    private static OfferDraft localInDie(UUID organisation) {
        return new OfferDraft(
                organisation,
                OfferKind.LOCAL,
                "Local commercial au centre de Die",
                "Un local de quarante mètres carrés en centre-bourg, libre tout de suite.",
                "26113",
                List.of(),
                new OfferDraft.Support(null, null, null, null),
                new OfferDraft.Contact("Mairie de Die", "mairie@exemple.fr", null),
                null,
                null,
                null);
    }

    private IntakeReceipt submit(String email, String holderCommune, String title) {
        return submit(email, holderCommune, title, false);
    }

    private IntakeReceipt submit(String email, String holderCommune, String title, boolean territoryContact) {
        return submit(email, holderCommune, title, territoryContact, "26113");
    }

    private IntakeReceipt submit(
            String email, String holderCommune, String title, boolean territoryContact, String targetCommune) {
        return intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Jeanne Valette",
                        email,
                        null,
                        null,
                        holderCommune,
                        List.of(),
                        title,
                        null,
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.IDEE,
                        List.of(),
                        false,
                        List.of(Need.INSTALLATION),
                        TargetScope.RURAL_DEPARTEMENT,
                        List.of(targetCommune),
                        false,
                        territoryContact),
                IntakeChannel.FORM,
                null);
    }

    private AccountUser holder(String email) {
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        return new AccountUser(id, email, "Jeanne Valette", Set.of(Role.PROJECT_HOLDER), Set.of(), true, null);
    }

    private AccountUser agent(String email, String organisation) {
        UUID org = organisation(organisation);
        UUID id = Sessions.user(accounts, email, Role.TERRITORY_AGENT, org);
        return new AccountUser(id, email, "Agent de test", Set.of(Role.TERRITORY_AGENT), Set.of(org), true, null);
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }
}
