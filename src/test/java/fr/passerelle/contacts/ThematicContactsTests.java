package fr.passerelle.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Thematic contacts from the outside: the demonstration's contacts where their subjects appear, who may name them
 * (and a second agent, advisor or member of another structure who may not), what a wrong form says and keeps, and
 * a named person's rights over their address.
 */
@PlatformTest
class ThematicContactsTests {

    private static final String DIOIS = "Communauté de communes du Diois";
    private static final String ROANNAIS = "Site de proximité du Roannais";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<AddressData> addressData;

    @Test
    void theDemonstrationContactsShowWhereTheirSubjectsAppear() throws Exception {
        page("/annuaire/structures/" + organisation("Cap Rural"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Yann Delorme"),
                                containsString("Financement de projet"),
                                containsString("href=\"tel:+33475412861\""),
                                containsString("04 75 41 28 61"))));
        page("/territoires/" + slug("Le Diois"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Lucie Fabre"),
                                containsString("Contact du territoire pour les offres d’activité"))));
        UUID dioisOffer = jdbc.sql(
                        """
                        select o.id from offer o join organisation g on g.id = o.organisation_id
                        where o.status = 'published' and g.name = :name order by o.id limit 1
                        """)
                .param("name", DIOIS)
                .query(UUID.class)
                .single();
        page("/offres/" + dioisOffer).andExpect(content().string(containsString("Lucie Fabre")));
        UUID regionScheme = jdbc.sql(
                        """
                        select s.id from scheme s join organisation g on g.id = s.organisation_id
                        where s.status = 'published' and g.name = 'Région Auvergne-Rhône-Alpes' order by s.id limit 1
                        """)
                .query(UUID.class)
                .single();
        page("/annuaire/dispositifs/" + regionScheme)
                .andExpect(content()
                        .string(allOf(
                                containsString("Contact pour le financement de projet"),
                                containsString("Hervé Lacombe"))));
        page("/agenda/" + webinar()).andExpect(content().string(containsString("Mathilde Berthier")));
        page("/groupes/entrepreneuriat-collectif-collectivites")
                .andExpect(
                        content().string(allOf(containsString("Julien Perret"), containsString("Économie sociale"))));
    }

    @Test
    void aStructuresContactsAreNamedByItsMembersNotByAMemberOfAnotherStructure() throws Exception {
        String page = "/contacts/structure/" + organisation("CCI de la Drôme");
        mvc.perform(get(page)).andExpect(redirectedUrl("/connexion"));
        Cookie member = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        Cookie other = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "Cap Rural");
        mvc.perform(get(page).cookie(member)).andExpect(status().isOk());
        mvc.perform(get(page).cookie(other)).andExpect(status().isForbidden());
        add(other, page, "agriculture", "Intrus", "intrus@exemple.fr", "").andExpect(status().isForbidden());
        assertThat(names("structure", organisation("CCI de la Drôme"))).doesNotContain("Intrus");

        add(member, page, "agriculture", "Agathe Roux", "a.roux@exemple.fr", "+33 4 75 00 11 22")
                .andExpect(redirectedUrl(page));
        page("/annuaire/structures/" + organisation("CCI de la Drôme"))
                .andExpect(content().string(allOf(containsString("Agathe Roux"), containsString("04 75 00 11 22"))));
        UUID added = jdbc.sql("select id from thematic_contact where name = 'Agathe Roux'")
                .query(UUID.class)
                .single();
        mvc.perform(post(page + "/" + added + "/retirer").cookie(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + added + "/retirer").cookie(member).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(names("structure", organisation("CCI de la Drôme"))).doesNotContain("Agathe Roux");
    }

    @Test
    void aTerritorysContactsAreNamedByItsAgentsNotByAnotherTerritorysAgent() throws Exception {
        UUID diois = perimeter("Le Diois");
        String page = "/contacts/territoire/" + diois;
        Cookie dioisAgent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, DIOIS);
        Cookie roannaisAgent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, ROANNAIS);
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(get(page).cookie(dioisAgent)).andExpect(status().isOk());
        mvc.perform(get(page).cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(get(page).cookie(roannaisAgent)).andExpect(status().isForbidden());
        add(roannaisAgent, page, "emploi", "Intrus", "intrus@exemple.fr", "").andExpect(status().isForbidden());
        assertThat(names("territoire", diois)).doesNotContain("Intrus");
        page("/territoires/" + slug("Le Diois"))
                .andExpect(content().string(not(containsString("href=\"" + page + "\""))));
    }

    @Test
    void anEventsContactsAreNamedByItsOrganisersAndAGroupsByTheCoordinators() throws Exception {
        Cookie dioisAgent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, DIOIS);
        Cookie roannaisAgent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, ROANNAIS);
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "Cap Rural");
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, "Cap Rural");
        String event = "/contacts/evenement/" + event(dioisAgent);
        mvc.perform(get(event).cookie(dioisAgent)).andExpect(status().isOk());
        mvc.perform(get(event).cookie(roannaisAgent)).andExpect(status().isForbidden());
        mvc.perform(get(event).cookie(advisor)).andExpect(status().isForbidden());

        String group = "/contacts/groupe/"
                + jdbc.sql("select id from working_group where slug = 'entrepreneuriat-collectif-collectivites'")
                        .query(UUID.class)
                        .single();
        mvc.perform(get(group).cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(get(group).cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(get(group).cookie(dioisAgent)).andExpect(status().isForbidden());
        mvc.perform(get("/contacts/groupe/" + UUID.randomUUID()).cookie(coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWrongContactIsRefusedBesideItsFieldsWithWhatWasTypedKept() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, "Cap Rural");
        UUID roannais = perimeter("Le Roannais");
        String page = "/contacts/territoire/" + roannais;
        add(coordinator, page, "", "Jeanne Bonnet", "jeanne.bonnet@", "04 75 12")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez le sujet dont ce contact s’occupe."),
                                containsString("Cette adresse e-mail n’est pas valide"),
                                containsString("Ce numéro n’est pas un numéro français"),
                                containsString("value=\"Jeanne Bonnet\""),
                                containsString("value=\"jeanne.bonnet@\""),
                                containsString("value=\"04 75 12\""))));
        add(coordinator, page, "sujet-inconnu", "Jeanne Bonnet", "jeanne.bonnet@exemple.fr", "+44 20 7946 0958")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez le sujet dont ce contact s’occupe."),
                                containsString("Ce numéro n’est pas un numéro français"))));
        add(coordinator, page, "offres-activite", "Jeanne Bonnet", "jeanne.bonnet@exemple.fr", "")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un contact est déjà nommé pour ce sujet")));
        assertThat(names("territoire", roannais)).doesNotContain("Jeanne Bonnet");
    }

    @Test
    void aNamedPersonFindsTheContactInTheirExportAndTheErasureRemovesIt() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, "Cap Rural");
        String email = Sessions.uniqueEmail("contact");
        UUID structure = organisation("France Active Auvergne-Rhône-Alpes");
        add(coordinator, "/contacts/structure/" + structure, "formation", "Rémi Blanc", email, "0612345678")
                .andExpect(status().is3xxRedirection());
        AddressData contacts = addressData.stream()
                .filter(data -> data.section().equals("contacts_thematiques"))
                .findFirst()
                .orElseThrow();
        assertThat(contacts.export(email.toUpperCase(java.util.Locale.ROOT)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("nom", "Rémi Blanc").containsEntry("sujet", "formation");
                    assertThat(row).containsEntry("telephone", "0612345678");
                });
        contacts.erase(email);
        assertThat(contacts.export(email)).isEmpty();
        assertThat(names("structure", structure)).doesNotContain("Rémi Blanc").contains("Nadia Benali");
    }

    private ResultActions add(Cookie user, String page, String subject, String name, String email, String phone)
            throws Exception {
        return mvc.perform(post(page)
                .cookie(user)
                .with(csrf())
                .param("subject", subject)
                .param("name", name)
                .param("function", "")
                .param("email", email)
                .param("phone", phone));
    }

    private ResultActions page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk());
    }

    private List<String> names(String kind, UUID holder) {
        return jdbc.sql("select name from thematic_contact where holder_kind = :kind and holder_id = :holder")
                .param("kind", kind)
                .param("holder", holder)
                .query(String.class)
                .list();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private UUID perimeter(String pageName) {
        return jdbc.sql("select perimeter_id from territory_page where name = :name")
                .param("name", pageName)
                .query(UUID.class)
                .single();
    }

    private String slug(String pageName) {
        return jdbc.sql("select slug from territory_page where name = :name")
                .param("name", pageName)
                .query(String.class)
                .single();
    }

    private UUID webinar() {
        return jdbc.sql("select id from event where title = 'Webconférence – Les offres d’activité qualifiées'")
                .query(UUID.class)
                .single();
    }

    private UUID event(Cookie agent) throws Exception {
        String location = mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(agent)
                        .with(csrf())
                        .param("kind", "atelier")
                        .param(
                                "title",
                                "Café installation "
                                        + UUID.randomUUID().toString().substring(0, 6))
                        .param("mode", "sur_place")
                        .param("place", "Die, salle des fêtes")
                        .param("commune", "26113")
                        .param("capacity", "20")
                        .param("slots[0].date", LocalDate.now().plusDays(40).toString())
                        .param("slots[0].start", "14:00")
                        .param("slots[0].end", "17:00"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
