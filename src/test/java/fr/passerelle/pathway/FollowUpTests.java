package fr.passerelle.pathway;

import static fr.passerelle.testing.FormPages.chosen;
import static fr.passerelle.testing.FormPages.errorBeside;
import static fr.passerelle.testing.FormPages.typedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.intake.Intakes;
import fr.passerelle.pathway.internal.FollowUpPrompts;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outcomes over time, from the outside: a structure that closes a referral as "installé" is asked at once where,
 * when and with how many jobs, by e-mail and in its inbox; wrong answers come back in French beside their fields;
 * the answer plans the questions at one and three years and goes in the project's history, which the holder reads
 * too (but not the professionals' notes). Questions are asked once, reminded once a month later, by one instance.
 */
@PlatformTest
class FollowUpTests {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

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

    PathwayScenario scenario;
    Cookie desk;
    Cookie advisor;
    String advisorEmail;
    Cookie stranger;
    String holderEmail;
    String title;
    UUID project;

    @BeforeEach
    void people() throws Exception {
        scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, Sessions.uniqueEmail("accueil"));
        advisorEmail = Sessions.uniqueEmail("initiative");
        advisor = scenario.member(Role.ADVISOR, PathwayScenario.INITIATIVE, advisorEmail);
        stranger = scenario.member(Role.ADVISOR, "CCI de la Drôme", Sessions.uniqueEmail("cci"));
        holderEmail = Sessions.uniqueEmail("velo");
        title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        project = scenario.project(title, holderEmail, true);
    }

    /** The project sent to Initiative, accepted and closed with that outcome; the referral's id. */
    private UUID closed(String outcome) throws Exception {
        UUID referral = scenario.send(desk, project, PathwayScenario.INITIATIVE, "Un atelier vélo à accompagner.");
        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/parcours/orientations/" + referral + "/clore")
                        .cookie(advisor)
                        .with(csrf())
                        .param("outcome", outcome))
                .andExpect(flash().attribute("notice", "pathway.done.clore"));
        return referral;
    }

    private UUID followUp(UUID referral, String milestone) {
        return jdbc.sql("select id from outcome_follow_up where referral_id = :r and milestone = :m")
                .param("r", referral)
                .param("m", milestone)
                .query(UUID.class)
                .single();
    }

    private LocalDate due(UUID referral, String milestone) {
        return jdbc.sql("select due_on from outcome_follow_up where referral_id = :r and milestone = :m")
                .param("r", referral)
                .param("m", milestone)
                .query(LocalDate.class)
                .single();
    }

    private void installed(UUID followUp, LocalDate on) throws Exception {
        mvc.perform(post("/parcours/suivis/" + followUp)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "INSTALLE")
                        .param("commune", "26113")
                        .param("installedOn", FRENCH.format(on))
                        .param("jobs", "2"))
                .andExpect(redirectedUrl("/parcours/orientations"));
    }

    @Test
    void anInstalledProjectIsAskedWhereWhenAndHowManyJobsThenAtOneAndThreeYears() throws Exception {
        UUID referral = closed("INSTALLE");
        UUID question = followUp(referral, "installation");
        mvc.perform(get("/parcours/orientations").cookie(advisor))
                .andExpect(content()
                        .string(allOf(
                                containsString("à renseigner"),
                                containsString("/parcours/suivis/" + question),
                                containsString("Le projet s’est-il installé\u00a0?"))));

        ScheduledJobs.run(context, FollowUpPrompts.class, "everyHour");
        assertThat(Mails.awaitMail(greenMail, advisorEmail, "Que devient le projet «\u00a0" + title)
                        .getContent()
                        .toString())
                .contains("/parcours/suivis/" + question, "Le projet s’est-il installé\u00a0?");

        // Only the structure's own people answer.
        mvc.perform(get("/parcours/suivis/" + question).cookie(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/parcours/suivis/" + question).cookie(desk)).andExpect(status().isNotFound());
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(stranger)
                        .with(csrf())
                        .param("answer", "ABANDONNE"))
                .andExpect(status().isNotFound());

        // Wrong input: every problem beside its field, what was typed kept.
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "INSTALLE")
                        .param("communeLabel", "Nullepart-sur-Rien")
                        .param("installedOn", "31/02/2027")
                        .param("jobs", "deux"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Commune introuvable"),
                                containsString("Date invalide\u00a0: écrivez-la sous la forme 15/03/2027."),
                                containsString("Le nombre d’emplois est un nombre entier"),
                                containsString("value=\"deux\""),
                                containsString("value=\"Nullepart-sur-Rien\""))));
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "INSTALLE")
                        .param("commune", "26113")
                        .param("installedOn", TODAY.plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("La date d’installation ne peut pas être dans le futur."),
                                containsString("Indiquez le nombre d’emplois (0 si aucun)."))));
        mvc.perform(post("/parcours/suivis/" + question).cookie(advisor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une réponse.")));
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "ACTIVE")
                        .param("jobs", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une réponse.")));

        LocalDate settled = TODAY.minusDays(300);
        installed(question, settled);
        assertThat(due(referral, "one_year")).isEqualTo(settled.plusYears(1));
        assertThat(due(referral, "three_years")).isEqualTo(settled.plusYears(3));

        mvc.perform(get("/api/v1/projects/" + project + "/timeline").cookie(desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[*].detail")
                        .value(hasItem("Installé à Die le " + FRENCH.format(settled) + ", 2 emplois")));
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "ABANDONNE"))
                .andExpect(flash().attribute("warning", "followUp.alreadyAnswered"));
        assertThat(jdbc.sql("select answer from outcome_follow_up where id = :id")
                        .param("id", question)
                        .query(String.class)
                        .single())
                .isEqualTo("installe");
        mvc.perform(get("/parcours/suivis/" + question).cookie(advisor))
                .andExpect(content().string(containsString("Oui, le projet est installé")));
    }

    @Test
    void aWrongInstallationDateIsSaidBesideItsFieldAndEveryOtherAnswerIsKept() throws Exception {
        UUID question = followUp(closed("INSTALLE"), "installation");
        for (String wrong : new String[] {"demain", "31/02/2027"}) {
            mvc.perform(post("/parcours/suivis/" + question)
                            .cookie(advisor)
                            .with(csrf())
                            .param("answer", "INSTALLE")
                            .param("communeLabel", "Die")
                            .param("installedOn", wrong)
                            .param("jobs", "3")
                            .param("comment", "Boutique ouverte sur la place."))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    errorBeside(
                                            "installedOn", "Date invalide\u00a0: écrivez-la sous la forme 15/03/2027."),
                                    typedIn("installedOn", wrong),
                                    typedIn("commune-search", "Die"),
                                    typedIn("jobs", "3"),
                                    containsString("Boutique ouverte sur la place."),
                                    chosen("answer", "INSTALLE"))));
        }
        mvc.perform(post("/parcours/suivis/" + question)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "INSTALLE")
                        .param("commune", "26113")
                        .param("installedOn", FRENCH.format(TODAY.minusYears(3)))
                        .param("jobs", "3"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside(
                                        "installedOn",
                                        "Cette date est bien antérieure à la mise en relation\u00a0: vérifiez l’année."),
                                typedIn("installedOn", TODAY.minusYears(3).toString()),
                                typedIn("jobs", "3"))));
        assertThat(jdbc.sql("select answer is null from outcome_follow_up where id = :id")
                        .param("id", question)
                        .query(Boolean.class)
                        .single())
                .as("nothing saved")
                .isTrue();
    }

    @Test
    void anAccompaniedProjectIsAskedSixMonthsLaterAndAStoppedActivityIsNotAskedAtThreeYears() throws Exception {
        UUID accompanied = closed("ACCOMPAGNE");
        assertThat(due(accompanied, "installation")).isEqualTo(TODAY.plusMonths(6));
        ScheduledJobs.run(context, FollowUpPrompts.class, "everyHour");
        assertThat(jdbc.sql("select asked_at is null from outcome_follow_up where referral_id = :r")
                        .param("r", accompanied)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/parcours/orientations").cookie(advisor))
                .andExpect(content()
                        .string(not(containsString("/parcours/suivis/" + followUp(accompanied, "installation")))));

        // Settled long ago: the one-year question is due; the activity stopped, so three years is not asked.
        jdbc.sql("update referral set sent_at = now() - interval '400 days' where id = :r")
                .param("r", accompanied)
                .update();
        installed(followUp(accompanied, "installation"), TODAY.minusDays(380));
        UUID oneYear = followUp(accompanied, "one_year");
        mvc.perform(post("/parcours/suivis/" + oneYear)
                        .cookie(advisor)
                        .with(csrf())
                        .param("answer", "ARRETEE"))
                .andExpect(redirectedUrl("/parcours/orientations"));
        assertThat(jdbc.sql(
                                "select count(*) from outcome_follow_up where referral_id = :r and milestone = 'three_years'")
                        .param("r", accompanied)
                        .query(Long.class)
                        .single())
                .isZero();

        // The holder reads the outcomes in their space; the professionals' notes stay between them.
        mvc.perform(post("/parcours/projets/" + project + "/notes")
                        .cookie(advisor)
                        .with(csrf())
                        .param("text", " "))
                .andExpect(flash().attribute("noteError", "pathway.note.required"));
        mvc.perform(post("/parcours/projets/" + project + "/notes")
                        .cookie(advisor)
                        .with(csrf())
                        .param("text", "Rappeler le collectif en janvier pour le local."))
                .andExpect(flash().attribute("notice", "pathway.note.saved"));
        mvc.perform(post("/parcours/projets/" + project + "/notes")
                        .cookie(stranger)
                        .with(csrf())
                        .param("text", "Je ne devrais pas pouvoir écrire ici."))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parcours/projets/" + project).cookie(desk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Rappeler le collectif en janvier pour le local."),
                                containsString("Activité arrêtée avant un an"),
                                containsString("Demande d’accueil reçue"))));
        Cookie holder = scenario.holder(holderEmail);
        mvc.perform(get("/espace").cookie(holder))
                .andExpect(content()
                        .string(allOf(
                                containsString("Activité arrêtée avant un an"),
                                containsString("Orienté vers " + PathwayScenario.INITIATIVE),
                                not(containsString("Rappeler le collectif")),
                                not(containsString("Note de première écoute")))));
    }

    private boolean asked(UUID followUp) {
        return jdbc.sql("select asked_at is not null from outcome_follow_up where id = :id")
                .param("id", followUp)
                .query(Boolean.class)
                .single();
    }

    /** Moves the question's asking back a month, as if a month had passed. */
    private void aMonthLater(UUID followUp) {
        jdbc.sql("update outcome_follow_up set asked_at = asked_at - interval '31 days' where id = :id")
                .param("id", followUp)
                .update();
    }

    @Test
    void aQuestionIsAskedOnceRemindedOnceAMonthLaterAndASecondInstanceWaitsItsTurn() throws Exception {
        UUID referral = closed("INSTALLE");
        UUID question = followUp(referral, "installation");
        ScheduledJobs.whileAnotherInstanceHolds(context, 7_301_002L, () -> {
            ScheduledJobs.run(context, FollowUpPrompts.class, "everyHour");
            assertThat(asked(question)).isFalse();
        });

        ScheduledJobs.runTwiceAtOnce(context, FollowUpPrompts.class, "everyHour");
        Mails.awaitMail(greenMail, advisorEmail, "Que devient le projet «\u00a0" + title);
        aMonthLater(question);
        ScheduledJobs.runTwiceAtOnce(context, FollowUpPrompts.class, "everyHour");
        aMonthLater(question);
        ScheduledJobs.run(context, FollowUpPrompts.class, "everyHour");
        Mails.awaitMail(greenMail, advisorEmail, "Rappel\u00a0: que devient le projet «\u00a0" + title);
        EventPublications.awaitHandled(context);
        assertThat(Mails.count(greenMail, advisorEmail, "que devient le projet «\u00a0" + title))
                .isEqualTo(1);
        assertThat(Mails.count(greenMail, advisorEmail, "Que devient le projet «\u00a0" + title))
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select asked_at is not null and reminded_at is not null from outcome_follow_up where id = :id")
                        .param("id", question)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
