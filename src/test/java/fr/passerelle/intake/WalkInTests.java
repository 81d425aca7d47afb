package fr.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.IntakeRejectedException;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A visitor met at the desk, typed in by an agent: with a phone and no e-mail, or with nothing but a name and a
 * project. The agent lands on the new file; the person gets no account and no e-mail; the form speaks to the agent.
 * The public form and the partners' API still ask the holder for an address.
 */
@PlatformTest
class WalkInTests {

    private static final String DIOIS = "Communauté de communes du Diois";

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Cookie desk;
    String title;

    @BeforeEach
    void deskAgent() throws Exception {
        String address = Sessions.uniqueEmail("accueil");
        Sessions.user(accounts, address, Role.TERRITORY_AGENT, organisation(DIOIS));
        desk = Sessions.signIn(mvc, address);
        title = "Boulangerie au village " + UUID.randomUUID().toString().substring(0, 6);
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    /** The answers of a walk-in visitor: a name, a project, Die; no e-mail, no phone, no commune of residence. */
    private Map<String, List<String>> answers(String... changes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("person.holderKind", List.of("PERSON"));
        fields.put("person.name", List.of("Gérard Fabre"));
        fields.put("person.email", List.of(""));
        fields.put("person.phone", List.of(""));
        fields.put("project.title", List.of(title));
        fields.put("project.kind", List.of("CREATION_INDIVIDUELLE"));
        fields.put("project.stage", List.of("IDEE"));
        fields.put("needs.project", List.of("ACCOMPAGNEMENT"));
        fields.put("where.target1", List.of("26113"));
        fields.put("where.scope", List.of("COMMUNES"));
        fields.put("channel", List.of("DESK"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], List.of(changes[i + 1]));
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder step(
            String path, int step, String go, Map<String, List<String>> fields) {
        MockHttpServletRequestBuilder request =
                post(path).with(csrf()).param("step", String.valueOf(step)).param("go", go);
        fields.forEach((field, values) -> request.param(field, values.toArray(String[]::new)));
        return request;
    }

    private Map<String, Object> holderOf(String projectTitle) {
        return jdbc.sql(
                        """
                        select h.email, h.phone, h.user_id, r.id as request_id, r.reference from project_holder h
                        join project p on p.holder_id = h.id join intake_request r on r.project_id = p.id
                        where p.title = :title
                        """)
                .param("title", projectTitle)
                .query()
                .singleRow();
    }

    /** The messages the mail server received that name the reference in their subject. */
    private long mailsAbout(String reference) throws Exception {
        EventPublications.awaitHandled(context);
        long count = 0;
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getSubject().contains(reference) && mail.getSubject().contains("Votre demande")) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aWalkInWithAPhoneOnlyIsSavedAndTheAgentLandsOnTheNewFile() throws Exception {
        MvcResult saved = mvc.perform(step("/accueil/saisie", 5, "submit", answers("person.phone", "06 12 34 56 78"))
                        .cookie(desk))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "intake.agent.saved.noEmail"))
                .andReturn();
        Map<String, Object> holder = holderOf(title);
        assertThat(holder.get("email")).isNull();
        assertThat(holder.get("phone")).isEqualTo("06 12 34 56 78");
        assertThat(holder.get("user_id")).isNull();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/accueil/demandes/" + holder.get("request_id"));

        mvc.perform(get(saved.getResponse().getRedirectedUrl())
                        .cookie(desk)
                        .flashAttr("notice", "intake.agent.saved.noEmail"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(title),
                                containsString("06 12 34 56 78"),
                                containsString("Aucune (joignable par téléphone)"),
                                containsString("Sans adresse e-mail, la personne ne reçoit ni confirmation"),
                                containsString("Je prends cette demande"),
                                containsString("Elle a une idée"),
                                containsString("De quoi a-t-elle besoin"),
                                not(containsString("Vous êtes…")))));
        assertThat(mailsAbout((String) holder.get("reference"))).isZero();
    }

    @Test
    void aWalkInWithNothingButANameAndAProjectIsSaved() throws Exception {
        String path = mvc.perform(
                        step("/accueil/saisie", 5, "submit", answers()).cookie(desk))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Map<String, Object> holder = holderOf(title);
        assertThat(holder.get("email")).isNull();
        assertThat(holder.get("phone")).isNull();
        mvc.perform(get(path).cookie(desk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Gérard Fabre"),
                                containsString("Aucune, ni téléphone"),
                                not(containsString("mailto:null")))));
        mvc.perform(get("/accueil/demandes").cookie(desk)).andExpect(content().string(containsString(title)));
    }

    @Test
    void aWalkInWithAnAddressGetsTheConfirmationAndTheAgentTheFile() throws Exception {
        String email = Sessions.uniqueEmail("visiteur");
        mvc.perform(step("/accueil/saisie", 5, "submit", answers("person.email", email))
                        .cookie(desk))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "intake.agent.saved"));
        Map<String, Object> holder = holderOf(title);
        assertThat(holder.get("email")).isEqualTo(email);
        assertThat(holder.get("user_id")).isNotNull();
        assertThat(mailsAbout((String) holder.get("reference"))).isEqualTo(1);
    }

    @Test
    void anAgentWhoseStructureIsNotTheDeskStillLandsOnTheFileButCannotTakeIt() throws Exception {
        String address = Sessions.uniqueEmail("conseil");
        Sessions.user(accounts, address, Role.ADVISOR, organisation("CCI de la Drôme"));
        Cookie advisor = Sessions.signIn(mvc, address);
        String path = mvc.perform(
                        step("/accueil/saisie", 5, "submit", answers()).cookie(advisor))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(path).startsWith("/accueil/demandes/");
        mvc.perform(get(path).cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString(title), not(containsString("Je prends cette demande")))));
        mvc.perform(post(path + "/prendre").cookie(advisor).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theAgentsFormSpeaksOfThePersonAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/accueil/saisie").cookie(desk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 1 sur 5\u00a0: La personne"),
                                containsString("Qui est accueilli"),
                                containsString("son groupe"),
                                not(containsString("Vous êtes…")),
                                not(containsString("votre espace")))));
        mvc.perform(step(
                                "/accueil/saisie",
                                1,
                                "next",
                                answers("person.name", "", "person.email", "gerard.fabre", "person.phone", "06 98"))
                        .cookie(desk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 1 sur 5\u00a0: La personne"),
                                containsString("Indiquez le nom de la personne, ou celui du collectif."),
                                not(containsString("Indiquez votre nom")),
                                containsString("Cette adresse e-mail n’est pas valide"),
                                containsString("value=\"gerard.fabre\""),
                                containsString("value=\"06 98\""))));
        mvc.perform(step("/accueil/saisie", 1, "next", answers()).cookie(desk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 2 sur 5\u00a0: Son projet"),
                                containsString("Son projet en quelques mots"),
                                containsString("Elle a une idée"),
                                not(containsString("J’ai une idée")))));
        mvc.perform(step("/accueil/saisie", 4, "next", answers()).cookie(desk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 5 sur 5\u00a0: Son accord"),
                                containsString("Pas d’adresse e-mail"),
                                containsString("Enregistrer la demande"))));
    }

    @Test
    void thePublicFormStillAsksTheHolderForAnAddress() throws Exception {
        mvc.perform(get("/accueil"))
                .andExpect(content()
                        .string(allOf(containsString("Étape 1 sur 5\u00a0: Vous"), containsString("Vous êtes…"))));
        mvc.perform(step("/accueil", 1, "next", answers("person.phone", "06 12 34 56 78")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 1 sur 5"),
                                containsString("Indiquez votre adresse e-mail"),
                                containsString("value=\"06 12 34 56 78\""),
                                containsString("rard Fabre\""))));
        mvc.perform(step("/accueil", 5, "submit", answers()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 1 sur 5"), containsString("Indiquez votre adresse e-mail"))));
        assertThat(jdbc.sql("select count(*) from project where title = :title")
                        .param("title", title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPartnerSiteAndTheFacadeRefuseARequestWithoutAddressFromTheHolder() throws Exception {
        mvc.perform(
                        post("/api/v1/intakes")
                                .with(request -> {
                                    request.setRemoteAddr("10.17." + (int) (Math.random() * 250) + ".9");
                                    return request;
                                })
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"holderKind": "person", "name": "Gérard Fabre", "projectTitle": "Une boulangerie",
                                 "projectKind": "creation_individuelle", "stage": "idee", "needs": ["accompagnement"],
                                 "targetScope": "communes", "targetCommunes": ["26113"]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        IntakeDraft draft = new IntakeDraft(
                HolderKind.PERSON,
                "Gérard Fabre",
                null,
                null,
                null,
                null,
                List.of(),
                title,
                null,
                ProjectKind.CREATION_INDIVIDUELLE,
                ProjectStage.IDEE,
                List.of(),
                false,
                List.of(Need.ACCOMPAGNEMENT),
                TargetScope.COMMUNES,
                List.of("26113"),
                false,
                false);
        assertThatThrownBy(() -> intakes.submit(draft, IntakeChannel.FORM, null))
                .isInstanceOfSatisfying(IntakeRejectedException.class, rejected -> assertThat(rejected.field())
                        .isEqualTo("email"));
    }

    @Test
    void anHtmxStepAnswersOnlyTheStepAndTheSubmissionRedirectsThePage() throws Exception {
        mvc.perform(step("/accueil/saisie", 1, "next", answers()).cookie(desk).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"intake-form\""),
                                containsString("Étape 2 sur 5"),
                                not(containsString("<html")),
                                not(containsString("site-header")))));
        mvc.perform(step("/accueil/saisie", 5, "submit", answers()).cookie(desk).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", org.hamcrest.Matchers.startsWith("/accueil/demandes/")))
                .andExpect(flash().attribute("notice", "intake.agent.saved.noEmail"));
    }
}
