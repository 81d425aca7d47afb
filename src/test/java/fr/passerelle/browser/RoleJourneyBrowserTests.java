package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.ClaimDraft;
import fr.passerelle.directory.internal.OrganisationClaims;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's main job, from sign-in to done, on a desktop screen and on a phone (390 × 844): the holder asks to be
 * welcomed and opens their space from the e-mail; the desk takes a request and refers the project; the advisor
 * accepts a referral and closes it; a structure without members answers from the e-mailed link, without an account;
 * a coordinator approves a request to join a structure; an organiser approves a registration. After signing in, each
 * goes to its page by address: where people land is not what these journeys check.
 */
class RoleJourneyBrowserTests extends BrowserTest {

    private static final String DIOIS = "Communauté de communes du Diois";
    private static final String INITIATIVE = "Initiative Vallée de la Drôme Diois";
    private static final Pattern SPACE_LINK = Pattern.compile("(http\\S+/connexion/lien/valider\\?token=\\S+)");

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Pathway pathway;

    @Autowired
    Directory directory;

    @Autowired
    OrganisationClaims claims;

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void theHolderAsksToBeWelcomedAndOpensTheirSpace(String device) throws Exception {
        screen(device);
        String email = Sessions.uniqueEmail("porteuse");
        page.navigate(url("/"));
        link("Être accueilli·e").first().click();
        page.getByLabel("Nom (ou nom du collectif)").fill("Léa Martin");
        page.getByLabel("Adresse e-mail").fill(email);
        next();
        page.getByLabel("Votre projet en quelques mots").fill("Un atelier de réparation de vélos");
        page.getByLabel("Initiative citoyenne non entrepreneuriale").check();
        page.getByLabel("J’ai une idée").check();
        next();
        page.getByLabel("Être accompagné·e").check();
        next();
        Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune envisagée"));
        commune.pressSequentially("Die", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Die (26)");
        commune.press("ArrowDown");
        commune.press("Enter");
        page.getByLabel("leur intercommunalité").check();
        next();
        page.getByText("J’accepte que ma demande soit transmise").click();
        button("Envoyer ma demande").click();
        assertThat(page.locator("h1")).hasText("Votre demande est bien arrivée");

        Matcher link = SPACE_LINK.matcher(
                Mails.awaitMail(greenMail, email).getContent().toString());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        page.navigate(url(link.group(1).replaceFirst("^https?://[^/]+", "")));
        button("Ouvrir mon espace").click();
        assertThat(page.locator("h1")).hasText("Mon espace");
        assertThat(page.locator(".card").first()).containsText("Un atelier de réparation de vélos");
        screenshot("journey-holder-space-" + device);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void theDeskTakesARequestAndRefersTheProject(String device) {
        screen(device);
        String desk = member(Role.TERRITORY_AGENT, DIOIS).email();
        String title = project("Épicerie du Diois");

        signIn(desk, Sessions.PASSWORD);
        page.navigate(url("/accueil/demandes"));
        screenshot("journey-desk-inbox-" + device);
        page.locator("tr", new Page.LocatorOptions().setHasText(title))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        button("Je prends cette demande").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vous êtes le référent de cette demande.");
        link("Orienter et suivre le parcours").click();
        assertThat(page.locator("h1")).hasText(title);
        page.getByLabel("Structure ou dispositif").selectOption(new SelectOption().setLabel(INITIATIVE));
        page.getByLabel("Message à la structure").fill("Un projet solide ; il leur faut un prêt d’honneur.");
        button("Envoyer la mise en relation").click();
        assertThat(page.locator(".timeline")).containsText("Orienté vers " + INITIATIVE);
        screenshot("journey-desk-referred-" + device);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void theAdvisorAcceptsAReferralAndClosesIt(String device) {
        screen(device);
        String title = project("Ferme-auberge");
        pathway.send(member(Role.TERRITORY_AGENT, DIOIS), projectId(title), organisation(INITIATIVE), null, "À voir.");
        String advisor = member(Role.ADVISOR, INITIATIVE).email();

        signIn(advisor, Sessions.PASSWORD);
        page.navigate(url("/parcours/orientations"));
        screenshot("journey-advisor-inbox-" + device);
        link(title).first().click();
        button("Accepter").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mise en relation acceptée");
        page.getByLabel("Issue de l’accompagnement").selectOption("INSTALLE");
        button("Clôturer").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mise en relation clôturée.");
        screenshot("journey-advisor-closed-" + device);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void aStructureWithoutMembersAcceptsFromTheEmailedLink(String device) throws Exception {
        screen(device);
        String address = Sessions.uniqueEmail("contact-structure");
        UUID structure = structureWithoutMembers(address);
        String title = project("Tiers-lieu");
        pathway.send(member(Role.TERRITORY_AGENT, DIOIS), projectId(title), structure, null, "Pouvez-vous les voir ?");

        page.navigate(url(path(Mails.awaitMail(greenMail, address, "Mise en relation"), "/orientation-recue/")));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("blockquote")).containsText("Pouvez-vous les voir ?");
        button("Accepter").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mise en relation acceptée");
        assertThat(button("Clôturer")).isVisible();
        screenshot("journey-structure-link-accepted-" + device);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void aCoordinatorApprovesARequestToJoinAStructure(String device) throws Exception {
        screen(device);
        UUID structure = structureWithoutMembers(Sessions.uniqueEmail("contact-structure"));
        String person = Sessions.uniqueEmail("conseillere");
        claims.ask(structure, new ClaimDraft("Claire Roux", person, "Conseillère", null, null));
        page.navigate(url(path(Mails.awaitMail(greenMail, person, "Confirmez"), "/annuaire/rejoindre/confirmer/")));
        assertThat(page.locator("h1")).hasText("Adresse confirmée");
        page.context().clearCookies();

        signIn(member(Role.COORDINATOR, DIOIS).email(), Sessions.PASSWORD);
        page.navigate(url("/annuaire/moderation"));
        screenshot("journey-coordinator-moderation-" + device);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Accepter Claire Roux comme membre de " + name(structure)))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Demande acceptée");
        org.assertj.core.api.Assertions.assertThat(
                        accounts.findByEmail(person).orElseThrow().organisationIds())
                .containsExactly(structure);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void anOrganiserApprovesARegistration(String device) {
        screen(device);
        AccountUser organiser = member(Role.TERRITORY_AGENT, DIOIS);
        String title = "Atelier installation " + UUID.randomUUID().toString().substring(0, 4);
        UUID event = events.publish(organiser, workshop(title));
        registrations.confirm(registrations
                .register(
                        event,
                        new RegistrationDraft("Rémi Durand", Sessions.uniqueEmail("remi"), null, null, Map.of(), true))
                .token());

        signIn(organiser.email(), Sessions.PASSWORD);
        page.navigate(url("/agenda/" + event));
        link("Participants et présences").click();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("main")).containsText("Rémi Durand");
        screenshot("journey-organiser-participants-" + device);
        button("Valider l’inscription de Rémi Durand").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Inscription validée");
    }

    /**
     * The path of the e-mail's first link that starts with that path, once the listener that sent it is done: the
     * link is stored in the listener's transaction, which commits just after the e-mail leaves, and a test follows
     * the link faster than a person could.
     */
    private String path(jakarta.mail.internet.MimeMessage mail, String start) throws Exception {
        Matcher link = Pattern.compile(Pattern.quote(start) + "\\S+").matcher(Mails.text(mail));
        org.assertj.core.api.Assertions.assertThat(link.find())
                .as("a link %s in %s", start, mail.getSubject())
                .isTrue();
        EventPublications.awaitHandled(applicationContext);
        return link.group();
    }

    private void screen(String device) {
        if (device.equals("phone")) {
            page.setViewportSize(390, 844);
        }
    }

    private void next() {
        nextIntakeStep();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private String name(UUID organisation) {
        return directory.organisationName(organisation).orElseThrow();
    }

    /** A new account with that role, member of that structure, signed in by its password. */
    private AccountUser member(Role role, String organisation) {
        String email = Sessions.uniqueEmail(role.name().toLowerCase());
        UUID org = organisation(organisation);
        UUID id = Sessions.user(accounts, email, role, org);
        return new AccountUser(id, email, "Personne de test", Set.of(role), Set.of(org), true, null);
    }

    /** A welcome request for a project at Die, sent from the form with every consent: the Diois desk's. */
    private String project(String name) {
        String title = name + " " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.COLLECTIVE,
                        "Collectif " + name,
                        Sessions.uniqueEmail("porteur"),
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        "Un projet collectif à Die.",
                        ProjectKind.ENTREPRENEURIAT_COLLECTIF,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        true,
                        List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
                        TargetScope.EPCI,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);
        return title;
    }

    private UUID projectId(String title) {
        return jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    /** A support structure of the Diois published by a coordinator, with a contact address and no member. */
    private UUID structureWithoutMembers(String email) {
        AccountUser coordinator = member(Role.COORDINATOR, DIOIS);
        UUID diois = organisation(DIOIS);
        return directory.createOrganisation(
                coordinator,
                new OrganisationDraft(
                        "Boutique de gestion " + UUID.randomUUID().toString().substring(0, 6),
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        SubKind.ACCOMPAGNATEUR_GENERALISTE,
                        Area.RURAL,
                        "Une structure d’accompagnement sans compte sur Passerelle.",
                        null,
                        null,
                        email,
                        "04 75 00 00 00",
                        null,
                        "26113",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        directory.organisation(diois).orElseThrow().coverage(),
                        LocalDate.now()));
    }

    /** A workshop in three weeks at Die, each registration approved by its organiser. */
    private static EventDraft workshop(String title) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(21).withNano(0);
        return new EventDraft(
                EventKind.ATELIER,
                title,
                "Un atelier pratique.",
                "Porteurs de projet.",
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die, salle des fêtes",
                null,
                null,
                10,
                null,
                null,
                true,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of());
    }
}
