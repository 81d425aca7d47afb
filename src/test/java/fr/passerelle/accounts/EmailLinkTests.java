package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.testing.Mails;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.test.web.servlet.MvcResult;

/** Password resets, invitations and magic links: the e-mails are read from GreenMail and their links followed. */
class EmailLinkTests extends AccountsWebTest {

    @Autowired
    OneTimeTokenService oneTimeTokens;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private MimeMessage mailTo(String email) throws Exception {
        greenMail.waitForIncomingEmail(5_000, 1);
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipient(message).equals(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail to " + email));
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String link(MimeMessage message, String path) {
        Matcher matcher = Pattern.compile("http://localhost(" + Pattern.quote(path) + "[^\\s]+)")
                .matcher(body(message));
        assertThat(matcher.find()).as("link to %s in the e-mail", path).isTrue();
        return matcher.group(1);
    }

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8);
    }

    @Test
    void forgottenPasswordSendsALinkThatWorksOnce() throws Exception {
        String email = uniqueEmail("oubli");
        user(email, Role.ADVISOR);

        mvc.perform(post("/mot-de-passe/oublie").param("email", email).with(csrf()))
                .andExpect(content().string(containsString("un lien vient de lui être envoyé")));
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Choisir un nouveau mot de passe sur Passerelle");
        assertThat(body(mail)).contains("Bonjour Personne de test", "valable une heure");
        String token = token(link(mail, "/mot-de-passe/nouveau?jeton="));

        mvc.perform(get("/mot-de-passe/nouveau").param("jeton", token))
                .andExpect(content().string(containsString("Nouveau mot de passe")));
        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "nouvelle phrase de passe")
                        .param("confirmation", "nouvelle phrase de pass")
                        .with(csrf()))
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas identiques.")));
        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "court")
                        .param("confirmation", "court")
                        .with(csrf()))
                .andExpect(
                        content().string(containsString("Le mot de passe doit compter entre 12 et 128 caractères.")));
        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "nouvelle phrase de passe")
                        .param("confirmation", "nouvelle phrase de passe")
                        .with(csrf()))
                .andExpect(redirectedUrl("/connexion?motDePasseChoisi"));

        assertThat(signInAttempt(email, "nouvelle phrase de passe", uniqueAddress())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(landing(email));
        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?erreur");
        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "encore une autre phrase")
                        .param("confirmation", "encore une autre phrase")
                        .with(csrf()))
                .andExpect(content().string(containsString("Ce lien n’est plus valable")));
    }

    @Test
    void forgottenPasswordSaysTheSameForUnknownAddressesAndSendsNothing() throws Exception {
        String email = uniqueEmail("personne");
        mvc.perform(post("/mot-de-passe/oublie").param("email", email).with(csrf()))
                .andExpect(content().string(containsString("un lien vient de lui être envoyé")));
        greenMail.waitForIncomingEmail(500, 1);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(EmailLinkTests::recipient))
                .doesNotContain(email);
    }

    @Test
    void forgottenPasswordFormExplainsAWrongAddress() throws Exception {
        mvc.perform(post("/mot-de-passe/oublie")
                        .param("email", "pas-une-adresse")
                        .with(csrf()))
                .andExpect(content().string(containsString("Cette adresse e-mail n’est pas valide")))
                .andExpect(content().string(containsString("value=\"pas-une-adresse\"")));
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        mvc.perform(get("/mot-de-passe/nouveau").param("jeton", "invente"))
                .andExpect(content().string(containsString("Ce lien n’est plus valable")))
                .andExpect(content().string(not(containsString("Enregistrer le mot de passe"))));
    }

    @Test
    void anAdministratorInvitesSomeoneWhoChoosesAPasswordAndSignsIn() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        var session = signIn(admin);
        String organisation = accounts.organisations().isEmpty()
                ? ""
                : accounts.organisations().get(0).id().toString();
        String invited = uniqueEmail("invitee");

        MvcResult created = mvc.perform(post("/admin/utilisateurs/inviter")
                        .cookie(session)
                        .with(csrf())
                        .param("email", invited)
                        .param("displayName", "Inès Invitée")
                        .param("roles", "ADVISOR")
                        .param("organisationId", organisation))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(session))
                .andExpect(content().string(containsString("Invitation envoyée à " + invited)));

        MimeMessage mail = mailTo(invited);
        assertThat(mail.getSubject()).isEqualTo("Votre invitation sur Passerelle");
        String token = token(link(mail, "/invitation?jeton="));
        mvc.perform(get("/invitation").param("jeton", token))
                .andExpect(content().string(containsString("Bienvenue sur Passerelle")));
        mvc.perform(post("/invitation")
                        .param("jeton", token)
                        .param("password", "ma phrase de passe à moi")
                        .param("confirmation", "ma phrase de passe à moi")
                        .with(csrf()))
                .andExpect(redirectedUrl("/connexion?motDePasseChoisi"));
        assertThat(signInAttempt(invited, "ma phrase de passe à moi", uniqueAddress())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/mon-travail");
        assertThat(accounts.findByEmail(invited).orElseThrow().roles()).containsExactly(Role.ADVISOR);
    }

    @Test
    void invitationFormExplainsEachMistakeInFrenchAndKeepsWhatWasTyped() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        var session = signIn(admin);

        mvc.perform(post("/admin/utilisateurs/inviter")
                        .cookie(session)
                        .with(csrf())
                        .param("email", "mauvaise-adresse")
                        .param("displayName", "Nom conserve"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette adresse e-mail n’est pas valide")))
                .andExpect(content().string(containsString("Choisissez au moins un rôle.")))
                .andExpect(content().string(containsString("value=\"Nom conserve\"")));
        mvc.perform(post("/admin/utilisateurs/inviter")
                        .cookie(session)
                        .with(csrf())
                        .param("email", admin)
                        .param("displayName", "Doublon")
                        .param("roles", "ADVISOR"))
                .andExpect(content().string(containsString("Un compte existe déjà avec cette adresse e-mail.")));
    }

    @Test
    void aProjectHolderSignsInWithAMagicLinkThatWorksOnce() throws Exception {
        String holder = uniqueEmail("porteur");
        user(holder, Role.PROJECT_HOLDER);

        mvc.perform(post("/connexion/lien").param("username", holder).with(csrf()))
                .andExpect(redirectedUrl("/connexion/lien/envoye"));
        MimeMessage mail = mailTo(holder);
        assertThat(mail.getSubject()).isEqualTo("Votre lien de connexion à Passerelle");
        String link = link(mail, "/connexion/lien/valider?token=");
        mvc.perform(get(link)).andExpect(content().string(containsString("Ouvrir mon espace")));

        MvcResult signedIn = mvc.perform(post("/connexion/lien/valider")
                        .param("token", token(link))
                        .with(csrf()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/espace");
        mvc.perform(get("/").cookie(signedIn.getResponse().getCookie("PASSERELLE_SESSION")))
                .andExpect(content().string(containsString("Se déconnecter")));

        MvcResult reused = mvc.perform(post("/connexion/lien/valider")
                        .param("token", token(link))
                        .with(csrf()))
                .andReturn();
        assertThat(reused.getResponse().getRedirectedUrl()).isEqualTo("/connexion?lien");
    }

    @Test
    void magicLinksAreOnlySentToProjectHolders() throws Exception {
        String advisor = uniqueEmail("conseil");
        user(advisor, Role.ADVISOR);
        mvc.perform(post("/connexion/lien").param("username", advisor).with(csrf()))
                .andExpect(redirectedUrl("/connexion/lien/envoye"));
        greenMail.waitForIncomingEmail(500, 1);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(EmailLinkTests::recipient))
                .doesNotContain(advisor);
    }

    @Test
    void theAdministratorCannotSignInWithAMagicLink() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        OneTimeToken token = oneTimeTokens.generate(new GenerateOneTimeTokenRequest(admin, Duration.ofMinutes(15)));

        assertThat(linkSignIn(token == null ? "aucun" : token.getTokenValue())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/connexion?lien");
    }

    @Test
    void aLinkIssuedToAHolderWhoBecameStaffOpensNothing() throws Exception {
        String holder = uniqueEmail("porteur");
        UUID id = user(holder, Role.PROJECT_HOLDER);
        String link = accounts.signInLink(id, Duration.ofHours(48));
        accounts.update(id, "Personne de test", Set.of(Role.PROJECT_HOLDER, Role.ADMINISTRATOR), true);

        assertThat(linkSignIn(token(link)).getResponse().getRedirectedUrl()).isEqualTo("/connexion?lien");
    }

    @Test
    void aDisabledHoldersOldIntakeLinkIsRefused() throws Exception {
        String holder = uniqueEmail("porteur");
        UUID id = user(holder, Role.PROJECT_HOLDER);
        String link = accounts.signInLink(id, Duration.ofHours(48));
        accounts.update(id, "Personne de test", Set.of(Role.PROJECT_HOLDER), false);

        assertThat(linkSignIn(token(link)).getResponse().getRedirectedUrl()).isEqualTo("/connexion?lien");
    }

    @Test
    void anOlderLinkStopsWorkingOnceANewerOneIsUsed() throws Exception {
        String holder = uniqueEmail("porteur");
        UUID id = user(holder, Role.PROJECT_HOLDER);
        String older = token(accounts.signInLink(id, Duration.ofHours(48)));
        String newer = token(accounts.signInLink(id, Duration.ofMinutes(15)));

        assertThat(linkSignIn(newer).getResponse().getRedirectedUrl()).isEqualTo("/espace");
        assertThat(linkSignIn(older).getResponse().getRedirectedUrl()).isEqualTo("/connexion?lien");
    }

    @Test
    void theDatabaseKeepsNoUsableSignInLink() throws Exception {
        String holder = uniqueEmail("porteur");
        user(holder, Role.PROJECT_HOLDER);
        mvc.perform(post("/connexion/lien").param("username", holder).with(csrf()));
        String token = token(link(mailTo(holder), "/connexion/lien/valider?token="));

        assertThat(jdbc.sql("select to_regclass('one_time_tokens') is null")
                        .query(Boolean.class)
                        .single())
                .as("no table of tokens in clear")
                .isTrue();
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from account_token where purpose = 'SIGN_IN'"
                                + " and token_hash = encode(sha256(convert_to(:token, 'UTF8')), 'hex')")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private MvcResult linkSignIn(String token) throws Exception {
        return mvc.perform(post("/connexion/lien/valider").param("token", token).with(csrf()))
                .andReturn();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCaseAndTheLinkStillWorks() throws Exception {
        String email = uniqueEmail("courant");
        UUID id = user(email, Role.ADVISOR);
        accounts.requestPasswordReset(email, java.util.Locale.FRENCH);
        String token = token(link(mailTo(email), "/mot-de-passe/nouveau?jeton="));

        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "Qwerty123456")
                        .param("confirmation", "Qwerty123456")
                        .with(csrf()))
                .andExpect(content().string(containsString("Ce mot de passe fait partie des plus courants")));
        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", token)
                        .param("password", "qwerty123456 du Diois")
                        .param("confirmation", "qwerty123456 du Diois")
                        .with(csrf()))
                .andExpect(redirectedUrl("/connexion?motDePasseChoisi"));
        assertThat(accounts.find(id).orElseThrow().passwordSet()).isTrue();
    }
}
