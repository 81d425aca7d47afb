package fr.passerelle.events;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;

/**
 * The 2016 stand: its tallies add up to 94 project holders advised and 41 partners, and take no more taps; on a stand
 * today one more tap counts and can be taken back; a lead for the Diois reaches the Diois only; identities need consent; others cannot hold the stand.
 */
@PlatformTest
class StandTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stands stands;

    @Autowired
    Events events;

    @Autowired
    Networks networks;

    private Cookie agentOf(String organisation) throws Exception {
        String email = Sessions.uniqueEmail("stand");
        Sessions.user(
                accounts,
                email,
                Role.TERRITORY_AGENT,
                jdbc.sql("select id from organisation where name = :n")
                        .param("n", organisation)
                        .query(UUID.class)
                        .single());
        return Sessions.signIn(mvc, email);
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }

    /** A stand starting then, held by the Pilat Rhodanien and the Diois. */
    private UUID standOn(java.time.OffsetDateTime start) {
        UUID stand = events.record(EventDrafts.of(EventKind.STAND, null, start));
        stands.record(
                stand,
                java.util.List.of(
                        organisation("Communauté de communes du Pilat Rhodanien"),
                        organisation("Communauté de communes du Diois")));
        return stand;
    }

    @Test
    void tallyLeadsRoutedToTheirTerritoryOnly() throws Exception {
        UUID stand = jdbc.sql("select id from event where kind = 'stand' and title like 'Stand commun%'")
                .query(UUID.class)
                .single();
        // The 2016 tallies, as counted on the day (other tests' taps carry their user).
        assertThat(jdbc.sql(
                                "select count(*) from stand_tap where event_id = :e and by_user is null and kind = 'porteur_conseille'")
                        .param("e", stand)
                        .query(Long.class)
                        .single())
                .isEqualTo(94);
        assertThat(jdbc.sql(
                                "select count(*) from stand_tap where event_id = :e and by_user is null and kind = 'partenaire'")
                        .param("e", stand)
                        .query(Long.class)
                        .single())
                .isEqualTo(41);
        var before = stands.tallies(stand);
        Cookie diois = agentOf("Communauté de communes du Diois");
        Cookie pilat = agentOf("Communauté de communes du Pilat Rhodanien");
        Cookie outsider = agentOf("Parc naturel régional du Pilat");

        mvc.perform(get("/agenda/" + stand + "/stand").cookie(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(diois))
                .andExpect(content()
                        .string(allOf(
                                containsString(">" + before.get(Stands.Tally.PORTEUR_CONSEILLE) + "<"),
                                containsString(">" + before.get(Stands.Tally.PARTENAIRE) + "<"))));
        // The 2016 stand is past: its tally takes no more taps, and its page says so.
        mvc.perform(post("/agenda/" + stand + "/stand/compter")
                        .cookie(pilat)
                        .with(csrf())
                        .param("tally", "PORTEUR_CONSEILLE"))
                .andExpect(flash().attribute("problem", "stand.tally.closed"));
        mvc.perform(post("/agenda/" + stand + "/stand/decompter")
                        .cookie(pilat)
                        .with(csrf())
                        .param("tally", "PARTENAIRE"))
                .andExpect(flash().attribute("problem", "stand.tally.closed"));
        assertThat(stands.tallies(stand)).isEqualTo(before);
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(pilat))
                .andExpect(content()
                        .string(allOf(containsString("Ce stand est passé"), not(containsString("/stand/compter")))));

        // A stand today counts each tap, and takes one back.
        UUID today = standOn(java.time.OffsetDateTime.now().minusMinutes(1));
        mvc.perform(get("/agenda/" + today + "/stand").cookie(pilat))
                .andExpect(content().string(containsString("/stand/compter")));
        mvc.perform(post("/agenda/" + today + "/stand/compter")
                .cookie(pilat)
                .with(csrf())
                .param("tally", "PORTEUR_CONSEILLE"));
        mvc.perform(post("/agenda/" + today + "/stand/compter")
                .cookie(pilat)
                .with(csrf())
                .param("tally", "PORTEUR_CONSEILLE"));
        mvc.perform(post("/agenda/" + today + "/stand/decompter")
                .cookie(pilat)
                .with(csrf())
                .param("tally", "PORTEUR_CONSEILLE"));
        mvc.perform(post("/agenda/" + today + "/stand/compter")
                        .cookie(outsider)
                        .with(csrf())
                        .param("tally", "PARTENAIRE"))
                .andExpect(status().isNotFound());
        assertThat(stands.tallies(today))
                .containsEntry(Stands.Tally.PORTEUR_CONSEILLE, 1)
                .containsEntry(Stands.Tally.PARTENAIRE, 0);

        // A stand still to come takes no tap either.
        UUID later = standOn(java.time.OffsetDateTime.now().plusDays(5));
        mvc.perform(post("/agenda/" + later + "/stand/compter")
                        .cookie(pilat)
                        .with(csrf())
                        .param("tally", "PARTENAIRE"))
                .andExpect(flash().attribute("problem", "stand.tally.closed"));
        assertThat(stands.tallies(later)).containsEntry(Stands.Tally.PARTENAIRE, 0);
        mvc.perform(get("/agenda/" + later + "/stand").cookie(pilat))
                .andExpect(content().string(containsString("Le décompte s’ouvrira le jour du stand")));

        String interests =
                "Reprendre un commerce " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/agenda/" + stand + "/stand/pistes")
                        .cookie(pilat)
                        .with(csrf())
                        .param("name", "Karim Benali")
                        .param("interests", interests))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "leadForm",
                                FormErrorsMatcher.fieldErrors(java.util.Map.of(
                                        "territories", "stand.lead.territories.required",
                                        "consent", "stand.lead.consent.required"))));
        mvc.perform(post("/agenda/" + stand + "/stand/pistes")
                        .cookie(pilat)
                        .with(csrf())
                        .param("name", "Karim Benali")
                        .param("email", "karim@exemple.fr")
                        .param("consent", "true")
                        .param("interests", interests)
                        .param("areas", "Diois, vallée de la Drôme")
                        .param(
                                "territories",
                                organisation("Communauté de communes du Diois").toString())
                        .param(
                                "territories",
                                organisation("Parc naturel régional du Pilat").toString()))
                .andExpect(flash().attribute("notice", "stand.lead.saved"));
        mvc.perform(get("/stands/pistes").cookie(diois))
                .andExpect(content().string(allOf(containsString(interests), containsString("karim@exemple.fr"))));
        mvc.perform(get("/stands/pistes").cookie(pilat)).andExpect(content().string(not(containsString(interests))));
        mvc.perform(get("/stands/pistes").cookie(outsider)).andExpect(content().string(not(containsString(interests))));
        UUID lead = jdbc.sql("select id from stand_lead where interests = :i")
                .param("i", interests)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select count(*) from lead_route where lead_id = :l")
                        .param("l", lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/stands/pistes/" + lead).cookie(pilat).with(csrf()).param("action", "contacte"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/stands/pistes/" + lead)
                        .cookie(diois)
                        .with(csrf())
                        .param("action", "rencontre")
                        .param("note", "Visite du local le 12"))
                .andExpect(flash().attribute("notice", "stand.lead.followed"));
        assertThat(jdbc.sql("select action from lead_route where lead_id = :l")
                        .param("l", lead)
                        .query(String.class)
                        .single())
                .isEqualTo("rencontre");

        // The Diois opens a welcome request from the lead, with the person's agreement; the history starts at the
        // stand.
        mvc.perform(get("/accueil/saisie").param("piste", lead.toString()).cookie(pilat))
                .andExpect(status().isNotFound());
        mvc.perform(get("/stands/pistes").cookie(diois))
                .andExpect(content().string(containsString("/accueil/saisie?piste=" + lead)));
        mvc.perform(get("/accueil/saisie").param("piste", lead.toString()).cookie(diois))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Accueil ouvert à partir d’une piste du stand"),
                                containsString("value=\"karim@exemple.fr\""),
                                containsString("value=\"Karim Benali\""),
                                containsString("value=\"" + lead + "\""))));
        // The agent lands on the new request's file; its reference is the one the lead records.
        String file = mvc.perform(intake(lead, diois))
                .andExpect(redirectedUrlPattern("/accueil/demandes/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String reference = jdbc.sql("select reference from intake_request where id = :id")
                .param("id", java.util.UUID.fromString(file.substring(file.lastIndexOf('/') + 1)))
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select intake_reference from stand_lead where id = :l")
                        .param("l", lead)
                        .query(String.class)
                        .single())
                .isEqualTo(reference);
        UUID project = jdbc.sql("select project_id from intake_request where stand_lead_id = :l and channel = 'stand'")
                .param("l", lead)
                .query(UUID.class)
                .single();
        mvc.perform(get("/stands/pistes").cookie(diois))
                .andExpect(content()
                        .string(allOf(
                                containsString("Devenue une demande d’accueil\u00a0: " + reference),
                                not(containsString("/accueil/saisie?piste=" + lead)))));
        // Once only: a second request from the same lead is refused, in French, and nothing is written.
        mvc.perform(intake(lead, diois))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette piste est déjà devenue une demande d’accueil.")));
        assertThat(jdbc.sql("select count(*) from intake_request where stand_lead_id = :l")
                        .param("l", lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/parcours/projets/" + project).cookie(diois))
                .andExpect(content()
                        .string(allOf(
                                containsString("Rencontre sur le stand «\u00a0Stand commun des territoires ruraux"),
                                containsString("Communauté de communes du Diois a noté la piste\u00a0: Rencontrée"),
                                containsString("Visite du local le 12"))));

        // A lead without consent (no identity) cannot become a request.
        String anonymous = "Anonyme " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/agenda/" + stand + "/stand/pistes")
                .cookie(pilat)
                .with(csrf())
                .param("interests", anonymous)
                .param(
                        "territories",
                        organisation("Communauté de communes du Diois").toString()));
        UUID unnamed = jdbc.sql("select id from stand_lead where interests = :i")
                .param("i", anonymous)
                .query(UUID.class)
                .single();
        mvc.perform(get("/accueil/saisie").param("piste", unnamed.toString()).cookie(diois))
                .andExpect(status().isForbidden());
        mvc.perform(intake(unnamed, diois))
                .andExpect(content().string(containsString("n’a pas donné son accord pour être recontactée")));
    }

    @Test
    void coordinatorsChooseTheTerritoriesOfANewStand() throws Exception {
        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        Cookie coordinator = Sessions.signIn(mvc, coordinatorEmail);
        Cookie diois = agentOf("Communauté de communes du Diois");
        String location = mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "stand")
                        .param(
                                "title",
                                "Stand partagé au salon Made in Drôme "
                                        + UUID.randomUUID().toString().substring(0, 4))
                        .param("mode", "sur_place")
                        .param("place", "Valence, parc des expositions")
                        .param(
                                "slots[0].date",
                                java.time.LocalDate.now().plusDays(60).toString())
                        .param("slots[0].start", "09:00")
                        .param("slots[0].end", "18:00"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID stand = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(diois)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("Aucun territoire pour l’instant"),
                                containsString("Choisir les territoires du stand (0)"))));
        mvc.perform(get("/agenda/" + stand + "/stand/territoires").cookie(diois))
                .andExpect(status().isForbidden());
        UUID dioisId = organisation("Communauté de communes du Diois");
        mvc.perform(get("/agenda/" + stand + "/stand/territoires")
                        .param("q", "Diois")
                        .cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("Communauté de communes du Diois"),
                                containsString("value=\"" + dioisId + "\""))));
        mvc.perform(post("/agenda/" + stand + "/stand/territoires")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gardez au moins un territoire")));
        mvc.perform(post("/agenda/" + stand + "/stand/territoires")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("territory", UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("n’est pas dans l’annuaire")));
        mvc.perform(post("/agenda/" + stand + "/stand/territoires")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("territory", dioisId.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "stand.territories.saved"));
        assertThat(stands.territories(stand)).containsExactly(dioisId);
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(diois))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Communauté de communes du Diois")));
        // Not a stand: no territories to choose.
        UUID session = jdbc.sql("select id from event where kind = 'formation' limit 1")
                .query(UUID.class)
                .single();
        mvc.perform(get("/agenda/" + session + "/stand/territoires").cookie(coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorOfAnotherNetworkCannotHoldCapRuralsStand() throws Exception {
        UUID network = networks.demoSecond().orElseThrow().id();
        String email = Sessions.uniqueEmail("stand-reseau");
        UUID id = Sessions.user(accounts, email, Role.COORDINATOR);
        networks.place(id, network);
        Cookie other = Sessions.signIn(mvc, email);
        AccountUser coordinator = new AccountUser(
                id, email, "Autre réseau", java.util.Set.of(Role.COORDINATOR), java.util.Set.of(), network, true, null);
        UUID stand = standOn(java.time.OffsetDateTime.now().minusMinutes(1));
        var territories = stands.territories(stand);
        UUID diois = organisation("Communauté de communes du Diois");
        Stands.LeadDraft lead = new Stands.LeadDraft(
                null, null, null, false, "Détournée par un autre réseau", null, java.util.List.of(diois));

        // From the service: every write on the stand is refused as for an event that is not theirs.
        assertThatThrownBy(() -> stands.setTerritories(coordinator, stand, java.util.List.of(diois)))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> stands.tap(coordinator, stand, Stands.Tally.PARTENAIRE))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> stands.untap(coordinator, stand, Stands.Tally.PARTENAIRE))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> stands.capture(coordinator, stand, lead)).isInstanceOf(EventNotFoundException.class);
        assertThat(stands.coordinates(coordinator, stand)).isFalse();

        // Over HTTP, with the real session of that coordinator.
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + stand + "/stand/territoires").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + stand + "/stand/territoires")
                        .cookie(other)
                        .with(csrf())
                        .param("territory", diois.toString()))
                .andExpect(status().isNotFound());
        for (String action : java.util.List.of("compter", "decompter")) {
            mvc.perform(post("/agenda/" + stand + "/stand/" + action)
                            .cookie(other)
                            .with(csrf())
                            .param("tally", "PORTEUR_CONSEILLE"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/agenda/" + stand + "/stand/pistes")
                        .cookie(other)
                        .with(csrf())
                        .param("interests", lead.interests())
                        .param("territories", diois.toString()))
                .andExpect(status().isNotFound());

        assertThat(stands.territories(stand)).isEqualTo(territories).hasSize(2);
        assertThat(stands.tallies(stand))
                .containsEntry(Stands.Tally.PORTEUR_CONSEILLE, 0)
                .containsEntry(Stands.Tally.PARTENAIRE, 0);
        assertThat(stands.leadCount(stand)).isZero();
    }

    /** The last step of the agent's intake form, for a lead: the person's answers as the agent typed them. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder intake(
            UUID lead, Cookie agent) {
        return post("/accueil/saisie")
                .cookie(agent)
                .with(csrf())
                .param("step", "5")
                .param("go", "submit")
                .param("lead", lead.toString())
                .param("person.holderKind", "PERSON")
                .param("person.name", "Karim Benali")
                .param("person.email", "karim@exemple.fr")
                .param("project.title", "Reprendre l’épicerie de Luc-en-Diois")
                .param("project.kind", "REPRISE")
                .param("project.stage", "IDEE")
                .param("needs.project", "ACCOMPAGNEMENT")
                .param("where.scope", "COMMUNES")
                .param("where.target1", "26113")
                .param("consents.shareWithStructures", "true")
                .param("consents.territoryContact", "true")
                .param("channel", "STAND");
    }

    @Test
    void theLeadFormKeepsTheTickedTerritoriesAfterAnError() throws Exception {
        UUID stand = jdbc.sql("select id from event where kind = 'stand' and title like 'Stand commun%'")
                .query(UUID.class)
                .single();
        Cookie diois = agentOf("Communauté de communes du Diois");
        UUID territory = organisation("Communauté de communes du Diois");
        var refused = mvc.perform(post("/agenda/" + stand + "/stand/pistes")
                        .cookie(diois)
                        .with(csrf())
                        .param("name", "Karim Benali")
                        .param("interests", "Reprendre un commerce")
                        .param("territories", territory.toString()))
                .andExpect(redirectedUrl("/agenda/" + stand + "/stand#piste"))
                .andReturn();
        mvc.perform(get("/agenda/" + stand + "/stand").cookie(diois).flashAttrs(refused.getFlashMap()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Sans l’accord de la personne"),
                                org.hamcrest.Matchers.matchesPattern(
                                        "(?s).*<input(?=[^>]*value=\"" + territory + "\")(?=[^>]*checked)[^>]*>.*"),
                                containsString("Reprendre un commerce"))));
    }
}
