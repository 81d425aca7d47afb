package fr.passerelle.directory;

import static fr.passerelle.testing.FormPages.errorBeside;
import static fr.passerelle.testing.FormPages.typedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Schemes written through their forms: an organisation's own advisor adds and edits them, another advisor may not,
 * anyone proposes one that waits for a coordinator, and the proposer hears the decision by e-mail. Every rule of a
 * scheme comes back in French next to its field, with what was typed kept.
 */
@PlatformTest
class SchemeFormTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    UUID own;
    UUID other;
    DirectoryFixtures fixtures;

    @BeforeEach
    void entries() {
        fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID drome = fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26");
        own = fixtures.published(
                "Pépinière du Diois " + UUID.randomUUID(),
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Accompagne les projets.",
                drome);
        other = fixtures.published(
                "Autre pépinière " + UUID.randomUUID(),
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Une autre structure.",
                drome);
    }

    private Cookie signedIn(Role role, UUID... organisations) throws Exception {
        String email = Sessions.uniqueEmail("dispositif");
        Sessions.user(accounts, email, role, organisations);
        return Sessions.signIn(mvc, email);
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getAllRecipients());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A filled scheme form; {@code changes} replace fields, name and value in turn. */
    private static MockHttpServletRequestBuilder scheme(String path, String name, String... changes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("name", List.of(name));
        fields.put("type", List.of("PRET_HONNEUR"));
        fields.put("description", List.of("Un prêt sans intérêt ni garantie pour lancer son activité."));
        fields.put("stages", List.of("CREATION", "DEVELOPPEMENT"));
        fields.put("audiences", List.of("JEUNES"));
        fields.put("essOnly", List.of("true"));
        fields.put("calendar", List.of("DEADLINE"));
        fields.put("opensOn", List.of("2027-01-15"));
        fields.put("closesOn", List.of("31/03/2027"));
        fields.put("amountMin", List.of("1 000"));
        fields.put("amountMax", List.of("8 000 €"));
        fields.put("howToApply", List.of("Écrire à la pépinière."));
        fields.put("website", List.of("https://pepiniere.example/pret"));
        fields.put("receptionModes", List.of("EN_PRESENTIEL", "A_DISTANCE"));
        fields.put("fee", List.of("GRATUIT"));
        fields.put("mobilisableBy", List.of("USAGERS", "PROFESSIONNELS"));
        fields.put("coverageLevel", List.of("epci"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], List.of(changes[i + 1]));
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((field, values) -> request.param(field, values.toArray(String[]::new)));
        return request;
    }

    @Test
    void anOrganisationsAdvisorAddsASchemePublishedAtOnceThenEditsIt() throws Exception {
        Cookie advisor = signedIn(Role.ADVISOR, own);
        mvc.perform(get("/annuaire/structures/" + own).cookie(advisor))
                .andExpect(content().string(containsString("Ajouter un dispositif")));
        mvc.perform(get("/annuaire/structures/" + own + "/dispositifs/nouveau").cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Publier le dispositif"), not(containsString("Votre e-mail")))));

        String location = mvc.perform(
                        scheme("/annuaire/structures/" + own + "/dispositifs/nouveau", "Prêt de démarrage")
                                .cookie(advisor))
                .andExpect(redirectedUrlPattern("/annuaire/dispositifs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Scheme created = directory.publishedScheme(id).orElseThrow();
        assertThat(created.organisationId()).isEqualTo(own);
        assertThat(created.type()).isEqualTo(SchemeType.PRET_HONNEUR);
        assertThat(created.stages()).containsExactly(ProjectStage.CREATION, ProjectStage.DEVELOPPEMENT);
        assertThat(created.audiences()).containsExactly(Audience.JEUNES);
        assertThat(created.essOnly()).isTrue();
        assertThat(created.opensOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(created.closesOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(created.amountMin()).isEqualTo(1000);
        assertThat(created.amountMax()).isEqualTo(8000);
        UUID diois =
                territories.officialPerimeter(PerimeterKind.EPCI, "242600534").id();
        assertThat(created.coverage()).containsExactly(diois);
        assertThat(created.lastVerifiedOn()).isEqualTo(LocalDate.now());
        assertThat(created.access())
                .isEqualTo(new SchemeAccess(
                        List.of(SchemeAccess.ReceptionMode.EN_PRESENTIEL, SchemeAccess.ReceptionMode.A_DISTANCE),
                        SchemeAccess.Fee.GRATUIT,
                        null,
                        List.of(SchemeAccess.Mobiliser.USAGERS, SchemeAccess.Mobiliser.PROFESSIONNELS)));

        mvc.perform(get("/annuaire/dispositifs/" + id).cookie(advisor))
                .andExpect(content().string(containsString("Modifier le dispositif")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Comment y accéder"),
                                containsString("En présentiel, À distance"),
                                containsString("Gratuit"))));
        mvc.perform(get("/annuaire/dispositifs/" + id + "/modifier").cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2027-03-31\"")));
        mvc.perform(scheme(
                                "/annuaire/dispositifs/" + id + "/modifier",
                                "Prêt de démarrage solidaire",
                                "coverageLevel",
                                "keep",
                                "calendar",
                                "ALWAYS")
                        .cookie(advisor))
                .andExpect(redirectedUrl("/annuaire/dispositifs/" + id));
        Scheme edited = directory.publishedScheme(id).orElseThrow();
        assertThat(edited.name()).isEqualTo("Prêt de démarrage solidaire");
        assertThat(edited.calendar()).isEqualTo(SchemeCalendar.ALWAYS);
        assertThat(edited.closesOn()).as("an always-open scheme keeps no dates").isNull();
        assertThat(edited.coverage()).containsExactly(diois);
    }

    @Test
    void feesAreSaidWithTheirDetailsAndTooLongDetailsAreRefusedBesideTheirField() throws Exception {
        Cookie advisor = signedIn(Role.ADVISOR, own);
        String path = "/annuaire/structures/" + own + "/dispositifs/nouveau";
        mvc.perform(scheme(path, "Couveuse payante", "fee", "PAYANT", "feeDetails", "x".repeat(501))
                        .cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "feeDetails"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Les précisions sur les frais tiennent en 500"),
                                containsString("Couveuse payante"))));
        String location = mvc.perform(
                        scheme(path, "Couveuse payante", "fee", "PAYANT", "feeDetails", "Adhésion de 20 € par an")
                                .cookie(advisor))
                .andExpect(redirectedUrlPattern("/annuaire/dispositifs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Scheme created = directory
                .publishedScheme(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(created.access().fee()).isEqualTo(SchemeAccess.Fee.PAYANT);
        assertThat(created.access().feeDetails()).isEqualTo("Adhésion de 20 € par an");
        mvc.perform(get(location)).andExpect(content().string(containsString("Payant (Adhésion de 20 € par an)")));
    }

    @Test
    void anotherOrganisationsAdvisorMayNotEditItsSchemes() throws Exception {
        UUID theirs = fixtures.scheme(
                own,
                "Dispositif d’une autre " + UUID.randomUUID(),
                SchemeType.SUBVENTION,
                SchemeCalendar.ALWAYS,
                null,
                null);
        Cookie stranger = signedIn(Role.ADVISOR, other);
        mvc.perform(get("/annuaire/dispositifs/" + theirs).cookie(stranger))
                .andExpect(content().string(not(containsString("Modifier le dispositif"))));
        mvc.perform(get("/annuaire/dispositifs/" + theirs + "/modifier").cookie(stranger))
                .andExpect(status().isForbidden());
        mvc.perform(scheme("/annuaire/dispositifs/" + theirs + "/modifier", "Détourné")
                        .cookie(stranger))
                .andExpect(status().isForbidden());
        assertThat(directory.scheme(theirs).orElseThrow().name()).startsWith("Dispositif d’une autre");
        mvc.perform(get("/annuaire/dispositifs/" + theirs + "/modifier")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyBrokenRuleIsShownInFrenchNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
        Cookie advisor = signedIn(Role.ADVISOR, own);
        long before = schemes.withStatus(EntryStatus.PUBLISHED).size();
        mvc.perform(post("/annuaire/structures/" + own + "/dispositifs/nouveau")
                        .cookie(advisor)
                        .with(csrf())
                        .param("name", "Aide au démarrage")
                        .param("type", "SUBVENTION")
                        .param("calendar", "DEADLINE")
                        .param("opensOn", "2027-05-01")
                        .param("amountMin", "5000")
                        .param("amountMax", "2000")
                        .param("website", "pepiniere.example")
                        .param("coverageLevel", "organisation"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le formulaire contient des erreurs"),
                                containsString("Un dispositif à date limite a une date de clôture."),
                                containsString("Le montant maximum ne peut pas être inférieur au minimum."),
                                containsString("L’adresse du site doit commencer par http:// ou https://."),
                                containsString("value=\"Aide au d&eacute;marrage\""),
                                containsString("value=\"pepiniere.example\""),
                                containsString("value=\"5000\""))));
        mvc.perform(post("/annuaire/structures/" + own + "/dispositifs/nouveau")
                        .cookie(advisor)
                        .with(csrf())
                        .param("name", "Aide au démarrage")
                        .param("type", "SUBVENTION")
                        .param("calendar", "RECURRING")
                        .param("opensOn", "2027-05-01")
                        .param("closesOn", "2027-04-01")
                        .param("amountMin", "beaucoup")
                        .param("coverageLevel", "organisation"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("La clôture ne peut pas précéder l’ouverture."),
                                containsString("Le montant est un nombre entier d’euros, par exemple 10 000."),
                                containsString("value=\"beaucoup\""))));
        mvc.perform(post("/annuaire/structures/" + own + "/dispositifs/nouveau")
                        .cookie(advisor)
                        .with(csrf())
                        .param("name", "Aide au démarrage")
                        .param("type", "PAS_UN_TYPE")
                        .param("calendar", "DEADLINE")
                        .param("closesOn", "31/02/2027")
                        .param("coverageLevel", "organisation"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Cette date n’existe pas\u00a0: écrivez-la jj/mm/aaaa"),
                                containsString("Choisissez le type de dispositif."))));
        assertThat(schemes.withStatus(EntryStatus.PUBLISHED)).hasSize((int) before);
    }

    @Test
    void wrongDatesAreSaidBesideTheirFieldsWithEveryOtherProblemAndWhatWasTypedIsKept() throws Exception {
        Cookie advisor = signedIn(Role.ADVISOR, own);
        long before = schemes.withStatus(EntryStatus.PUBLISHED).size();
        String path = "/annuaire/structures/" + own + "/dispositifs/nouveau";
        mvc.perform(scheme(
                                path,
                                "Prêt d’amorçage",
                                "opensOn",
                                "demain",
                                "closesOn",
                                "31/02/2027",
                                "website",
                                "pepiniere")
                        .cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside(
                                        "opensOn", "Cette date n’existe pas\u00a0: écrivez-la jj/mm/aaaa, par exemple"),
                                errorBeside(
                                        "closesOn",
                                        "Cette date n’existe pas\u00a0: écrivez-la jj/mm/aaaa, par exemple"),
                                errorBeside("website", "L’adresse du site doit commencer par http:// ou https://."),
                                typedIn("opensOn", "demain"),
                                typedIn("closesOn", "31/02/2027"),
                                typedIn("name", "Prêt d’amorçage"),
                                typedIn("amountMin", "1 000"),
                                typedIn("amountMax", "8 000 €"))));

        String id = mvc.perform(scheme(path, "Prêt d’amorçage").cookie(advisor))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll(".*/", "");
        mvc.perform(scheme(
                                "/annuaire/dispositifs/" + id + "/modifier",
                                "Prêt d’amorçage révisé",
                                "opensOn",
                                "15/06/2027",
                                "closesOn",
                                "2027-06-01")
                        .cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside("closesOn", "La clôture ne peut pas précéder l’ouverture."),
                                typedIn("name", "Prêt d’amorçage révisé"),
                                typedIn("opensOn", "2027-06-15"),
                                typedIn("closesOn", "2027-06-01"))));
        mvc.perform(scheme(
                                "/annuaire/dispositifs/" + id + "/modifier",
                                "Prêt d’amorçage révisé",
                                "closesOn",
                                "1/13/2027")
                        .cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside("closesOn", "Cette date n’existe pas"),
                                typedIn("closesOn", "1/13/2027"),
                                typedIn("name", "Prêt d’amorçage révisé"))));
        assertThat(directory.publishedScheme(UUID.fromString(id)).orElseThrow().name())
                .isEqualTo("Prêt d’amorçage");
        assertThat(schemes.withStatus(EntryStatus.PUBLISHED)).hasSize((int) before + 1);
    }

    @Test
    void anyoneProposesASchemeThatWaitsThenHearsWhenItIsPublished() throws Exception {
        String name = "Bourse des jeunes ruraux " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/annuaire/structures/" + own))
                .andExpect(content().string(containsString("Proposer un dispositif")));
        mvc.perform(scheme("/annuaire/structures/" + own + "/dispositifs/nouveau", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez votre adresse e-mail")));
        mvc.perform(scheme(
                        "/annuaire/structures/" + own + "/dispositifs/nouveau",
                        name,
                        "proposerEmail",
                        "habitante@exemple.fr"))
                .andExpect(redirectedUrl("/annuaire/proposer/merci"));
        Scheme proposed = schemes.withStatus(EntryStatus.PROPOSED).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(directory.publishedScheme(proposed.id())).isEmpty();

        Cookie coordinator = signedIn(Role.COORDINATOR);
        mvc.perform(get("/annuaire/moderation").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(containsString(name), containsString("Un prêt sans intérêt ni garantie"))));
        mvc.perform(post("/annuaire/moderation/dispositifs/" + proposed.id())
                        .cookie(coordinator)
                        .with(csrf())
                        .param("decision", "publish"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.publishedScheme(proposed.id())).isPresent();

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> to(m).contains("habitante@exemple.fr"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject())
                .isEqualTo("Annuaire Passerelle\u00a0: votre proposition «\u00a0" + name + "\u00a0» est publiée");
        assertThat(mail.getContent().toString()).contains("/annuaire/dispositifs/" + proposed.id());
    }

    @Test
    void aRejectedProposalIsSaidSoToItsProposer() throws Exception {
        String name = "Doublon " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = directory.proposeScheme(
                new SchemeDraft(
                        own,
                        name,
                        null,
                        SchemeType.ACCOMPAGNEMENT,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        false,
                        SchemeCalendar.ALWAYS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null),
                "proposant@exemple.fr");
        Cookie coordinator = signedIn(Role.COORDINATOR);
        mvc.perform(post("/annuaire/moderation/dispositifs/" + id)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("decision", "reject")
                        .param("reason", "Ce dispositif a déjà sa fiche dans l’annuaire."))
                .andExpect(status().is3xxRedirection());
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(to(mail)).contains("proposant@exemple.fr");
        assertThat(mail.getContent().toString())
                .contains("ne l’a pas publiée", name, "Ce dispositif a déjà sa fiche dans l’annuaire.");
    }

    @Test
    void aRecurringSchemesPageAndApiSayItsSessionOfThisYearOrTheNext() throws Exception {
        LocalDate opens = LocalDate.of(2025, 3, 1);
        LocalDate closes = LocalDate.of(2025, 4, 30);
        UUID recurring = fixtures.scheme(
                own, "Appel de printemps", SchemeType.APPEL_A_PROJETS, SchemeCalendar.RECURRING, opens, closes);
        UUID oneOff = fixtures.scheme(
                own, "Appel unique de 2025", SchemeType.APPEL_A_PROJETS, SchemeCalendar.DEADLINE, opens, closes);
        LocalDate today = fr.passerelle.common.Paris.today();
        SchemeWindow window =
                SchemeWindow.on(SchemeCalendar.RECURRING, opens, closes, today).orElseThrow();
        boolean current = window.holds(today);

        mvc.perform(get("/annuaire/dispositifs/" + recurring))
                .andExpect(content()
                        .string(allOf(
                                containsString(current ? "Session en cours" : "Prochaine session"),
                                containsString("du 1er mars au 30 avril "
                                        + window.closesOn().getYear()),
                                containsString(current ? "Ouvert" : "Fermé pour l’instant"),
                                not(containsString("01/03/2025")))));
        mvc.perform(get("/api/v1/schemes/" + recurring))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.window.opensOn")
                                .value(window.opensOn().toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.openNow")
                        .value(current));
        mvc.perform(get("/annuaire/dispositifs/" + oneOff))
                .andExpect(content()
                        .string(allOf(
                                containsString("Fermé pour l’instant"),
                                containsString("30/04/2025"),
                                not(containsString("Prochaine session")))));
    }

    @Test
    void aFundingRateIsReadTheFrenchWayShownOnThePageAndInTheApiAndAWrongOneIsSaidBesideItsField() throws Exception {
        Cookie advisor = signedIn(Role.ADVISOR, own);
        String path = "/annuaire/structures/" + own + "/dispositifs/nouveau";
        int before = schemes.withStatus(EntryStatus.PUBLISHED).size();
        for (String wrong : List.of("cent", "140", "0")) {
            mvc.perform(scheme(path, "Aide au taux " + wrong, "ratePercent", wrong)
                            .cookie(advisor))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Le taux est un pourcentage supérieur à 0 et au plus égal à 100"),
                                    containsString("value=\"" + wrong + "\""))));
        }
        assertThat(schemes.withStatus(EntryStatus.PUBLISHED)).hasSize(before);

        String location = mvc.perform(scheme(path, "Aide au taux juste", "ratePercent", "40,5 %")
                        .cookie(advisor))
                .andExpect(redirectedUrlPattern("/annuaire/dispositifs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(directory.publishedScheme(id).orElseThrow().ratePercent()).isEqualByComparingTo("40.5");
        mvc.perform(get("/annuaire/dispositifs/" + id))
                .andExpect(content().string(containsString("Jusqu’à 40,5\u00a0% des dépenses")));
        mvc.perform(get("/api/v1/schemes/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.ratePercent")
                        .value(40.5));
        mvc.perform(get("/annuaire/dispositifs/" + id + "/modifier").cookie(advisor))
                .andExpect(content().string(containsString("value=\"40,5\"")));
    }
}
