package fr.passerelle.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.groups.internal.GroupsDemoData;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A working group from the outside: a visitor asks to join (mistakes said in French, once only), the coordinators
 * are told, one accepts, the new member receives their link and reads the minutes that visitors and other
 * professionals cannot; signed in with the address they joined with, they read them too.
 */
@PlatformTest
class GroupTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    private static final String PAGE = "/groupes/" + GroupsDemoData.SLUG;
    private static final String MINUTES = "Tour de table des douze participants";
    private static final Pattern LINK = Pattern.compile("(http\\S+/groupes/\\S+/membre/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorAsksToJoinACoordinatorAcceptsAndTheMemberReadsTheMinutes() throws Exception {
        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        Cookie coordinator = Sessions.signIn(mvc, coordinatorEmail);
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");

        mvc.perform(get(PAGE).param("annee", "2021"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Entrepreneuriat collectif et collectivités locales"),
                                containsString("1re réunion : lancement"),
                                containsString("3e réunion"),
                                containsString("réservés aux membres du groupe"),
                                containsString("Communauté de communes du Diois"),
                                not(containsString(MINUTES)),
                                not(containsString("claire.martin")))));
        mvc.perform(get(PAGE).param("annee", "2021").cookie(advisor))
                .andExpect(content().string(not(containsString(MINUTES))));

        mvc.perform(post(PAGE + "/rejoindre").with(csrf()).param("name", "L").param("email", "pas-une-adresse"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez votre nom (2 à 150 caractères)."),
                                containsString("Adresse e-mail invalide, par exemple prenom.nom@exemple.fr."),
                                containsString("Cochez la case pour accepter l’usage de vos informations"),
                                not(containsString("Un des textes est trop long.")),
                                containsString("value=\"pas-une-adresse\""))));
        String email = Sessions.uniqueEmail("elue");
        mvc.perform(post(PAGE + "/rejoindre")
                        .with(csrf())
                        .param("name", "Léa Fournier")
                        .param("email", email)
                        .param("organisation", "Commune de Luc-en-Diois")
                        .param("role", "Adjointe au développement")
                        .param("motivation", "Une épicerie coopérative se monte chez nous.")
                        .param("consent", "true"))
                .andExpect(flash().attribute("notice", "group.join.received"));
        mvc.perform(post(PAGE + "/rejoindre")
                        .with(csrf())
                        .param("name", "Léa Fournier")
                        .param("email", email.toUpperCase())
                        .param("consent", "true"))
                .andExpect(flash().attribute("notice", "group.join.received"));
        assertThat(jdbc.sql("select count(*) from group_member where lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .as("the same answer as for a new address, and nothing recorded again")
                .isEqualTo(1);
        Mails.awaitMail(greenMail, email, "Demande reçue");
        Mails.awaitMail(greenMail, coordinatorEmail, "Demande pour rejoindre");

        UUID member = jdbc.sql("select id from group_member where lower(email) = lower(:e)")
                .param("e", email)
                .query(UUID.class)
                .single();
        mvc.perform(post(PAGE + "/membres/" + member + "/accepter")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/membres").cookie(coordinator))
                .andExpect(content().string(allOf(containsString("Léa Fournier"), containsString("En attente"))));
        mvc.perform(post(PAGE + "/membres/" + member + "/accepter")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "group.member.accepted"));

        String welcome =
                Mails.awaitMail(greenMail, email, "Bienvenue").getContent().toString();
        Matcher link = LINK.matcher(welcome);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1).replaceFirst("^https?://[^/]+", "")).param("annee", "2021"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Bonjour Léa Fournier"),
                                containsString(MINUTES),
                                containsString("une fiche par expérience partagée"))));
        mvc.perform(get(PAGE + "/membre/lien-invente")).andExpect(status().isNotFound());
        String token = link.group(1).replaceFirst(".*/membre/", "");
        assertThat(jdbc.sql("select count(*) from group_member where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .as("the member's link is kept only as a hash")
                .isZero();

        // Signed in with the address she joined with, she reads them too; the coordinator writes the next ones.
        UUID second = jdbc.sql("select m.event_id from group_meeting m join event e on e.id = m.event_id"
                        + " where e.title like '%2e réunion%'")
                .query(UUID.class)
                .single();
        mvc.perform(post(PAGE + "/reunions/" + second + "/compte-rendu")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("minutes", "Deux témoignages de communautés de communes.")
                        .param("decisions", "Rédiger une fiche par témoignage."))
                .andExpect(flash().attribute("notice", "group.minutes.saved"));
        Sessions.user(accounts, email, Role.ADVISOR);
        Cookie lea = Sessions.signIn(mvc, email);
        mvc.perform(get(PAGE).param("annee", "2021").cookie(lea))
                .andExpect(content()
                        .string(allOf(containsString(MINUTES), containsString("Rédiger une fiche par témoignage."))));
        mvc.perform(get(PAGE).param("annee", "2021"))
                .andExpect(content().string(not(containsString("Rédiger une fiche par témoignage."))));
    }
}
