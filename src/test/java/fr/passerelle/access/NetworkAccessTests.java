package fr.passerelle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.MonthRange;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.JoinRequest;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.IntakeTestData;
import fr.passerelle.intake.Intakes;
import fr.passerelle.programmes.internal.NetworkFigures;
import fr.passerelle.programmes.internal.ProgrammesDemoData;
import fr.passerelle.programmes.internal.Statistics;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Several regional networks on one platform, tried from the outside through the real security chain: a coordinator of
 * the second network (Bourgogne-Franche-Comté) cannot change, nor read, what belongs to Cap Rural, whatever id or
 * header they forge, while a second coordinator of Cap Rural can; the national level sees the networks' sums.
 */
@PlatformTest
class NetworkAccessTests {

    private static final String SECOND = "Réseau rural Bourgogne-Franche-Comté";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Groups groups;

    @Autowired
    Intakes intakes;

    @Test
    void aCoordinatorOfAnotherNetworkCannotChangeNorReadCapRuralsProgrammeEventOrPerimeter() throws Exception {
        Cookie other = coordinatorOf(second().id());
        UUID programme = programme(ProgrammesDemoData.NAME);
        UUID action = jdbc.sql("select id from programme_action where programme_id = :p limit 1")
                .param("p", programme)
                .query(UUID.class)
                .single();
        UUID event = capRuralEvent();
        UUID perimeter = perimeter("Parc naturel régional du Pilat");

        mvc.perform(get("/programmes/" + programme + "/modifier").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + programme).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post("/programmes/" + programme + "/modifier")
                        .cookie(other)
                        .with(csrf())
                        .header("X-Network-Id", Network.DEFAULT.toString())
                        .param("name", "Démarche détournée")
                        .param("firstYear", "2016")
                        .param("lastYear", "2018"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programmes/" + programme + "/bilan")
                        .cookie(other)
                        .with(csrf())
                        .param("description", "Réécrit par un autre réseau")
                        .param("assessment", ""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + programme + "/bilan.pdf").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/actions/" + action).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post("/programmes/actions/" + action + "/retirer")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes").cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ProgrammesDemoData.NAME))))
                .andExpect(content().string(containsString("Accueil d’actifs dans le Morvan")));

        assertThat(mvc.perform(get("/agenda/" + event + "/modifier").cookie(other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(mvc.perform(post("/agenda/" + event + "/une")
                                .cookie(other)
                                .with(csrf())
                                .param("featured", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(mvc.perform(get("/agenda/" + event + "/participants").cookie(other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);

        mvc.perform(get("/admin/territoires/perimetres/" + perimeter).cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/territoires/perimetres/" + perimeter)
                        .cookie(other)
                        .with(csrf())
                        .param("kind", "pnr")
                        .param("name", "Parc détourné")
                        .param("epci", "")
                        .param("communes", "42168")
                        .param("action", "enregistrer"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/territoires/perimetres").cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Parc naturel régional du Pilat"))))
                .andExpect(content().string(containsString("Pays du Morvan")));

        assertThat(programmeName(programme)).isEqualTo(ProgrammesDemoData.NAME);
        assertThat(perimeterName(perimeter)).isEqualTo("Parc naturel régional du Pilat");
    }

    @Test
    void onlyTheCoordinatorsOfItsNetworkAreOfferedToPutCapRuralsEventAtTheTopOfTheAgenda() throws Exception {
        UUID event = capRuralEvent();
        String feature = "/agenda/" + event + "/une";
        mvc.perform(get("/agenda/" + event).cookie(coordinatorOf(second().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(feature))));
        mvc.perform(get("/agenda/" + event).cookie(coordinatorOf(Network.DEFAULT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(feature)));
    }

    @Test
    void aSecondCoordinatorOfCapRuralKeepsItsProgrammeEventAndPerimeterButNotTheOtherNetworks() throws Exception {
        Cookie colleague = coordinatorOf(Network.DEFAULT);
        UUID programme = programme(ProgrammesDemoData.NAME);
        UUID morvan = programme("Accueil d’actifs dans le Morvan");

        mvc.perform(get("/programmes/" + programme + "/modifier").cookie(colleague))
                .andExpect(status().isOk());
        mvc.perform(get("/agenda/" + capRuralEvent() + "/modifier").cookie(colleague))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/territoires/perimetres/" + perimeter("Parc naturel régional du Pilat"))
                        .cookie(colleague))
                .andExpect(status().isOk());
        mvc.perform(get("/programmes/" + morvan + "/modifier").cookie(colleague))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/territoires/perimetres/" + perimeter("Pays du Morvan"))
                        .cookie(colleague))
                .andExpect(status().isNotFound());
    }

    /**
     * A territory's page, its offers and its structure's entry belong to the network whose territory the structure
     * covers: a coordinator of the second network is refused each of them (a forged network header changes nothing)
     * and changes nothing, where a second coordinator of Cap Rural opens them.
     */
    @Test
    void aCoordinatorOfAnotherNetworkCannotChangeCapRuralsTerritoryPageOffersOrStructures() throws Exception {
        var page = jdbc.sql("select slug, organisation_id, name from territory_page order by slug limit 1")
                .query((rs, row) -> new Object[] {
                    rs.getString("slug"), rs.getObject("organisation_id", UUID.class), rs.getString("name")
                })
                .single();
        String slug = (String) page[0];
        UUID structure = (UUID) page[1];
        // A published offer: other tests of the run withdraw offers of their own in the shared database.
        UUID offer = jdbc.sql("select id from offer where status = 'published' order by title limit 1")
                .query(UUID.class)
                .single();
        UUID offerStructure = jdbc.sql("select organisation_id from offer where id = :id")
                .param("id", offer)
                .query(UUID.class)
                .single();
        String offerTitle = offerTitle(offer);
        Cookie other = coordinatorOf(second().id());

        for (String path : List.of(
                "/territoires/" + slug + "/modifier",
                "/offres/" + offer + "/modifier",
                "/annuaire/structures/" + structure + "/modifier",
                "/annuaire/structures/" + offerStructure + "/modifier")) {
            assertThat(mvc.perform(get(path).cookie(other).header("X-Network-Id", Network.DEFAULT.toString()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isIn(403, 404);
        }
        assertThat(mvc.perform(post("/territoires/" + slug + "/modifier")
                                .cookie(other)
                                .with(csrf())
                                .param("name", "Territoire détourné")
                                .param("tagline", "Réécrit par un autre réseau")
                                .param("living", "Réécrit par un autre réseau, pour voir."))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(mvc.perform(post("/offres/" + offer + "/retirer")
                                .cookie(other)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(jdbc.sql("select name from territory_page where slug = :slug")
                        .param("slug", slug)
                        .query(String.class)
                        .single())
                .isEqualTo(page[2]);
        assertThat(offerTitle(offer)).isEqualTo(offerTitle);
        assertThat(jdbc.sql("select status from offer where id = :id")
                        .param("id", offer)
                        .query(String.class)
                        .single())
                .isEqualTo("published");

        Cookie colleague = coordinatorOf(Network.DEFAULT);
        for (String path : List.of(
                "/territoires/" + slug + "/modifier",
                "/offres/" + offer + "/modifier",
                "/annuaire/structures/" + structure + "/modifier")) {
            mvc.perform(get(path).cookie(colleague)).andExpect(status().isOk());
        }
    }

    /**
     * A working group belongs to the network of the coordinator who started it: the second network's coordinator
     * starts one and runs it, and is refused Cap Rural's group (its members, a decision, its minutes), where nothing
     * changes; a Cap Rural coordinator is refused the second network's group in turn.
     */
    @Test
    void aCoordinatorRunsOnlyTheWorkingGroupsOfTheirNetwork() throws Exception {
        Cookie other = coordinatorOf(second().id());
        String name = "Accueil dans le Morvan " + UUID.randomUUID().toString().substring(0, 6);
        String started = mvc.perform(post("/groupes/nouveau")
                        .cookie(other)
                        .with(csrf())
                        .header("X-Network-Id", Network.DEFAULT.toString())
                        .param("name", name)
                        .param("theme", "L’accueil des nouveaux habitants du Morvan"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        WorkingGroup theirs = groups.bySlug(started.substring("/groupes/".length()));
        assertThat(theirs.name()).isEqualTo(name);
        assertThat(theirs.networkId()).isEqualTo(second().id());
        mvc.perform(get("/groupes/" + theirs.slug() + "/membres").cookie(other)).andExpect(status().isOk());

        WorkingGroup capRurals = groups.bySlug("entrepreneuriat-collectif-collectivites");
        UUID pending = groups.requestToJoin(
                capRurals.id(),
                new JoinRequest("Paul Garnier", Sessions.uniqueEmail("paul.garnier"), null, null, null, true));
        UUID meeting = jdbc.sql("select event_id from group_meeting where group_id = :group limit 1")
                .param("group", capRurals.id())
                .query(UUID.class)
                .single();
        String minutes = minutesOf(meeting);
        String slug = capRurals.slug();
        mvc.perform(get("/groupes/" + slug + "/membres").cookie(other)).andExpect(status().isForbidden());
        mvc.perform(post("/groupes/" + slug + "/membres/" + pending + "/accepter")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/groupes/" + theirs.slug() + "/membres/" + pending + "/accepter")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/groupes/" + slug + "/reunions/" + meeting + "/compte-rendu")
                        .cookie(other)
                        .with(csrf())
                        .param("eventId", meeting.toString())
                        .param("minutes", "Réécrit par un autre réseau")
                        .param("decisions", ""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/groupes/" + slug).cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/groupes/" + slug + "/membres"))));
        assertThat(groups.member(pending).orElseThrow().status()).isEqualTo("pending");
        assertThat(minutesOf(meeting)).isEqualTo(minutes);

        Cookie capRural = coordinatorOf(Network.DEFAULT);
        mvc.perform(get("/groupes/" + slug + "/membres").cookie(capRural)).andExpect(status().isOk());
        mvc.perform(get("/groupes/" + theirs.slug() + "/membres").cookie(capRural))
                .andExpect(status().isForbidden());
    }

    /**
     * A welcome request is a holder's personal file: a network's coordinators read, note and take those whose
     * project aims at their régions. The second network's coordinator is refused a request for Die (its file, its
     * note, taking it, its project's pathway, its reads in the journal) and finds the one for Saulieu in their inbox;
     * Cap Rural's coordinator the other way round.
     */
    @Test
    void aCoordinatorReadsOnlyTheWelcomeRequestsAimedAtTheirNetworksRegions() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String die = "Épicerie à Die " + suffix;
        String saulieu = "Gîte à Saulieu " + suffix;
        intakes.submit(
                IntakeTestData.welcome(Sessions.uniqueEmail("die"), die, "26113", "26113"), IntakeChannel.FORM, null);
        intakes.submit(
                IntakeTestData.welcome(Sessions.uniqueEmail("saulieu"), saulieu, "21584", "21584"),
                IntakeChannel.FORM,
                null);
        UUID dieRequest = requestFor(die);
        UUID saulieuRequest = requestFor(saulieu);

        Cookie other = coordinatorOf(second().id());
        mvc.perform(get("/accueil/demandes/" + dieRequest).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post("/accueil/demandes/" + dieRequest + "/note")
                .cookie(other)
                .with(csrf())
                .header("X-Network-Id", Network.DEFAULT.toString())
                .param("note", "Lu par un autre réseau"));
        mvc.perform(post("/accueil/demandes/" + dieRequest + "/prendre")
                .cookie(other)
                .with(csrf()));
        assertThat(jdbc.sql("select listening_note is null and referent_id is null from intake_request where id = :id")
                        .param("id", dieRequest)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/parcours/projets/" + projectOf(dieRequest)).cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accueil/demandes/" + saulieuRequest).cookie(other)).andExpect(status().isOk());
        mvc.perform(get("/parcours/projets/" + projectOf(saulieuRequest)).cookie(other))
                .andExpect(status().isOk());
        mvc.perform(get("/accueil/demandes").cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(saulieu)))
                .andExpect(content().string(not(containsString(die))));

        Cookie capRural = coordinatorOf(Network.DEFAULT);
        mvc.perform(get("/accueil/demandes/" + dieRequest).cookie(capRural)).andExpect(status().isOk());
        mvc.perform(get("/parcours/projets/" + projectOf(dieRequest)).cookie(capRural))
                .andExpect(status().isOk());
        mvc.perform(get("/accueil/demandes/" + saulieuRequest).cookie(capRural)).andExpect(status().isNotFound());
        mvc.perform(get("/accueil/demandes").cookie(capRural))
                .andExpect(content().string(not(containsString(saulieu))));

        // The journal of reads: Cap Rural's read of the Die file is in Cap Rural's, not in the other network's.
        String dieRead = "Demande " + referenceOf(dieRequest);
        mvc.perform(get("/accueil/journal").cookie(capRural))
                .andExpect(content().string(containsString(dieRead)));
        mvc.perform(get("/accueil/journal").cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(dieRead))))
                .andExpect(content().string(containsString("Demande " + referenceOf(saulieuRequest))));
    }

    private String referenceOf(UUID request) {
        return jdbc.sql("select reference from intake_request where id = :id")
                .param("id", request)
                .query(String.class)
                .single();
    }

    /**
     * A request to join a structure makes its author a member, so only the structure's coordinators decide it: the
     * second network's coordinator neither sees a Cap Rural structure's request in the moderation queue nor approves
     * it; Cap Rural's coordinator sees it.
     */
    @Test
    void onlyTheCoordinatorsOfAStructureDecideARequestToJoinIt() throws Exception {
        var page = jdbc.sql("select organisation_id from territory_page order by slug limit 1")
                .query(UUID.class)
                .single();
        String email = Sessions.uniqueEmail("rattachement");
        UUID claim = jdbc.sql(
                        """
                        insert into organisation_claim (organisation_id, name, email, job_title, status, confirmed_at)
                        values (:o, 'Nina Rattachée', :e, 'Chargée de mission', 'waiting', now()) returning id
                        """)
                .param("o", page)
                .param("e", email)
                .query(UUID.class)
                .single();
        Cookie other = coordinatorOf(second().id());
        mvc.perform(get("/annuaire/moderation").cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(post("/annuaire/moderation/rattachements/" + claim)
                .cookie(other)
                .with(csrf())
                .header("X-Network-Id", Network.DEFAULT.toString())
                .param("decision", "approve"));
        assertThat(jdbc.sql("select status from organisation_claim where id = :id")
                        .param("id", claim)
                        .query(String.class)
                        .single())
                .isEqualTo("waiting");
        assertThat(accounts.findByEmail(email)).isEmpty();
        mvc.perform(get("/annuaire/moderation").cookie(coordinatorOf(Network.DEFAULT)))
                .andExpect(content().string(containsString(email)));
    }

    /**
     * The directory's moderation queue is a network's own: the second network's coordinator sees, and decides, the
     * proposals made in its territory, not Cap Rural's proposal in Die nor the error reported on a Cap Rural structure
     * nor the change of coverage a Cap Rural structure asks for (a forged header changes nothing, and nothing moves);
     * nor can a file they import update a Cap Rural structure or create one that covers only Cap Rural's territory.
     */
    @Test
    void aCoordinatorModeratesOnlyWhatIsProposedOrReportedInTheirNetwork() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String atDie = "Point info Die " + suffix;
        String atSaulieu = "Point info Saulieu " + suffix;
        propose(atDie, "26113");
        propose(atSaulieu, "21584");
        UUID dieProposal = organisationNamed(atDie);
        UUID saulieuProposal = organisationNamed(atSaulieu);
        UUID capRuralStructure = jdbc.sql("select organisation_id from territory_page order by slug limit 1")
                .query(UUID.class)
                .single();
        String reported = "Le numéro de téléphone a changé " + suffix;
        mvc.perform(post("/annuaire/structures/" + capRuralStructure + "/signaler")
                .with(csrf())
                .param("message", reported)
                .param("email", ""));
        long report = jdbc.sql("select id from entry_report where message = :m")
                .param("m", reported)
                .query(Long.class)
                .single();

        Cookie other = coordinatorOf(second().id());
        mvc.perform(get("/annuaire/moderation").cookie(other).header("X-Network-Id", Network.DEFAULT.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(atSaulieu)))
                .andExpect(content().string(not(containsString(atDie))))
                .andExpect(content().string(not(containsString(reported))));
        assertThat(decide(other, "/annuaire/moderation/structures/" + dieProposal, "publish"))
                .isIn(403, 404);
        assertThat(decide(other, "/annuaire/moderation/signalements/" + report, null))
                .isIn(403, 404);
        assertThat(statusOf(dieProposal)).isEqualTo("proposed");
        assertThat(jdbc.sql("select closed_at is null from entry_report where id = :id")
                        .param("id", report)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(decide(other, "/annuaire/moderation/structures/" + saulieuProposal, "publish"))
                .isEqualTo(302);
        assertThat(statusOf(saulieuProposal)).isEqualTo("published");
        // Their structure, moved by its coordinator to a coverage wholly in Cap Rural's territory: refused in French.
        mvc.perform(post("/annuaire/structures/" + saulieuProposal + "/modifier")
                        .cookie(other)
                        .with(csrf())
                        .param("name", atSaulieu)
                        .param("kind", "SUPPORT_STRUCTURE")
                        .param("family", "INFORM_ORIENT")
                        .param("area", "RURAL")
                        .param("description", "Un point d’information pour les projets.")
                        .param("commune", "26113")
                        .param("coverageLevel", "epci"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Aucun de ces territoires n’est dans celui de votre réseau")));
        assertThat(jdbc.sql("select commune_code from organisation where id = :id")
                        .param("id", saulieuProposal)
                        .query(String.class)
                        .single())
                .isEqualTo("21584");

        Cookie capRural = coordinatorOf(Network.DEFAULT);
        mvc.perform(get("/annuaire/moderation").cookie(capRural))
                .andExpect(content().string(containsString(atDie)))
                .andExpect(content().string(containsString(reported)));
        assertThat(decide(capRural, "/annuaire/moderation/structures/" + dieProposal, "publish"))
                .isEqualTo(302);
        assertThat(statusOf(dieProposal)).isEqualTo("published");

        long change = jdbc.sql(
                        """
                        insert into coverage_change (organisation_id, perimeters, proposed_by)
                        select :o, array(select perimeter_id from organisation_coverage where organisation_id = :o)
                            || (select id from perimeter where name = 'Parc naturel régional du Pilat'),
                            'membre@exemple.fr'
                        returning id
                        """)
                .param("o", dieProposal)
                .query(Long.class)
                .single();
        mvc.perform(get("/annuaire/moderation").cookie(other))
                .andExpect(content().string(not(containsString(atDie))));
        assertThat(decide(other, "/annuaire/moderation/couvertures/" + change, "publish"))
                .isIn(403, 404);
        assertThat(changeStatus(change)).isEqualTo("pending");
        assertThat(decide(capRural, "/annuaire/moderation/couvertures/" + change, "reject"))
                .isEqualTo(302);
        assertThat(changeStatus(change)).isEqualTo("rejected");

        String header = "id;nom;type;famille;ville_campagne;code_insee;courriel;territoires_codes\n";
        String update = dieProposal + ";" + atDie + " réécrit;Structure d’accompagnement;Ils informent et orientent;"
                + "Rural;26113;;epci:242600534\n";
        String creation = ";Antenne " + suffix + ";Structure d’accompagnement;Ils informent et orientent;Rural;26113;;"
                + "epci:242600534\n";
        mvc.perform(multipart("/annuaire/import")
                        .file(new MockMultipartFile(
                                "file",
                                "structures.csv",
                                "text/csv",
                                (header + update + creation).getBytes(StandardCharsets.UTF_8)))
                        .cookie(other)
                        .with(csrf()))
                .andExpect(content()
                        .string(containsString(
                                "Cette structure est suivie par un autre réseau\u00a0: seuls ses coordinateurs peuvent la"
                                        + " mettre à jour.")))
                .andExpect(
                        content().string(containsString("Aucun de ces territoires n’est dans celui de votre réseau")));
        assertThat(jdbc.sql("select name from organisation where id = :id")
                        .param("id", dieProposal)
                        .query(String.class)
                        .single())
                .isEqualTo(atDie);
    }

    /**
     * The library is read by every network, but a resource is kept by the network whose coordinator published it: the
     * second network's coordinator is offered no link to change Cap Rural's resource and is refused the change and
     * the withdrawal (a forged header changes nothing, nothing moves); what they publish is theirs, and a Cap Rural
     * coordinator is refused it in turn.
     */
    @Test
    void aResourceIsChangedOrWithdrawnOnlyByTheNetworkThatPublishedIt() throws Exception {
        var capRural = jdbc.sql("select id, title from resource where network_id = :network order by title limit 1")
                .param("network", Network.DEFAULT)
                .query((rs, row) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("title")})
                .single();
        UUID resource = (UUID) capRural[0];
        String edit = "/ressources/" + resource + "/modifier";
        Cookie other = coordinatorOf(second().id());

        mvc.perform(get("/ressources/" + resource).cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(edit))));
        assertThat(mvc.perform(get(edit).cookie(other).header("X-Network-Id", Network.DEFAULT.toString()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(mvc.perform(multipart(edit)
                                .cookie(other)
                                .with(csrf())
                                .header("X-Network-Id", Network.DEFAULT.toString())
                                .param("title", "Ressource détournée")
                                .param("kind", "guide")
                                .param("publishedOn", "01/11/2026")
                                .param("link", "https://exemple.fr/detour"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(mvc.perform(post("/ressources/" + resource + "/retirer")
                                .cookie(other)
                                .with(csrf())
                                .param("confirm", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
        assertThat(jdbc.sql("select title from resource where id = :id")
                        .param("id", resource)
                        .query(String.class)
                        .optional())
                .contains((String) capRural[1]);

        Cookie colleague = coordinatorOf(Network.DEFAULT);
        mvc.perform(get("/ressources/" + resource).cookie(colleague))
                .andExpect(content().string(containsString(edit)));
        mvc.perform(get(edit).cookie(colleague)).andExpect(status().isOk());

        String title = "Guide de l’accueil dans le Morvan "
                + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(multipart("/ressources/nouvelle")
                        .cookie(other)
                        .with(csrf())
                        .param("title", title)
                        .param("kind", "guide")
                        .param("publishedOn", "01/11/2026")
                        .param("link", "https://exemple.fr/morvan"))
                .andExpect(status().is3xxRedirection());
        var theirs = jdbc.sql("select id, network_id from resource where title = :title")
                .param("title", title)
                .query((rs, row) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("network_id", UUID.class)})
                .single();
        assertThat(theirs[1]).isEqualTo(second().id());
        mvc.perform(get("/ressources/" + theirs[0] + "/modifier").cookie(other)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/ressources/" + theirs[0] + "/modifier").cookie(colleague))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(403, 404);
    }

    private void propose(String name, String commune) throws Exception {
        mvc.perform(post("/annuaire/proposer")
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "SUPPORT_STRUCTURE")
                        .param("family", "INFORM_ORIENT")
                        .param("area", "RURAL")
                        .param("description", "Un point d’information pour les projets.")
                        .param("commune", commune)
                        .param("coverageLevel", "epci")
                        .param("proposerEmail", "habitant@exemple.fr"))
                .andExpect(status().is3xxRedirection());
    }

    private UUID organisationNamed(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private String statusOf(UUID organisation) {
        return jdbc.sql("select status from organisation where id = :id")
                .param("id", organisation)
                .query(String.class)
                .single();
    }

    private String changeStatus(long change) {
        return jdbc.sql("select status from coverage_change where id = :id")
                .param("id", change)
                .query(String.class)
                .single();
    }

    /** A decision posted with a forged header naming Cap Rural; the answer's status. */
    private int decide(Cookie user, String path, String decision) throws Exception {
        var request = post(path).cookie(user).with(csrf()).header("X-Network-Id", Network.DEFAULT.toString());
        if (decision != null) {
            request.param("decision", decision);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private UUID projectOf(UUID request) {
        return jdbc.sql("select project_id from intake_request where id = :id")
                .param("id", request)
                .query(UUID.class)
                .single();
    }

    private UUID requestFor(String title) {
        return jdbc.sql("select r.id from intake_request r join project p on p.id = r.project_id where p.title = :t")
                .param("t", title)
                .query(UUID.class)
                .single();
    }

    private String minutesOf(UUID meeting) {
        return jdbc.sql("select coalesce(minutes, '') from group_meeting where event_id = :event")
                .param("event", meeting)
                .query(String.class)
                .single();
    }

    private String offerTitle(UUID offer) {
        return jdbc.sql("select title from offer where id = :id")
                .param("id", offer)
                .query(String.class)
                .single();
    }

    @Test
    void aCoordinatorReadsTheFiguresOfTheirNetworkOnlyAndTheNationalLevelTheirSums() throws Exception {
        Cookie other = coordinatorOf(second().id());
        NetworkFigures.Year own =
                (NetworkFigures.Year) mvc.perform(get("/statistiques/reseaux").cookie(other))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("figures");
        assertThat(own.networks()).extracting(NetworkFigures.Row::name).containsExactly(SECOND);
        assertThat(own.networks().get(0).programmes()).isGreaterThanOrEqualTo(1);

        Cookie national = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        NetworkFigures.Year all =
                (NetworkFigures.Year) mvc.perform(get("/statistiques/reseaux").cookie(national))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Ensemble des réseaux")))
                        .andExpect(content()
                                .string(containsString(
                                        "Chiffres par réseau, " + java.time.Year.now(fr.passerelle.common.Paris.ZONE))))
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("figures");
        assertThat(all.networks()).extracting(NetworkFigures.Row::name).contains("Cap Rural", SECOND);
        assertThat(all.total().programmes())
                .isEqualTo(all.networks().stream()
                        .mapToInt(NetworkFigures.Row::programmes)
                        .sum());
        assertThat(all.total().actions())
                .isEqualTo(all.networks().stream()
                        .mapToInt(NetworkFigures.Row::actions)
                        .sum());
        assertThat(all.total().events())
                .isEqualTo(all.networks().stream()
                        .mapToInt(NetworkFigures.Row::events)
                        .sum());
        assertThat(all.total().registered())
                .isEqualTo(all.networks().stream()
                        .mapToInt(NetworkFigures.Row::registered)
                        .sum());
        int programmesRunning = jdbc.sql("select count(*) from programme where :year between first_year and last_year")
                .param("year", all.year())
                .query(Integer.class)
                .single();
        assertThat(all.total().programmes()).isEqualTo(programmesRunning);
    }

    @Test
    void theDashboardOfANetworkCountsItsOwnReferralsEventsAndDesksAndTheNationalLevelTheirSums() throws Exception {
        int year = java.time.Year.now(fr.passerelle.common.Paris.ZONE).getValue();
        UUID structure = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, message, sent_by, sent_by_name, network_id)
                        select gen_random_uuid(), :structure, 'Test', gen_random_uuid(), 'Test',
                               case when i <= 2 then :second::uuid else :first::uuid end
                        from generate_series(1, 5) i
                        """)
                .param("structure", structure)
                .param("second", second().id())
                .param("first", Network.DEFAULT)
                .update();
        Cookie other = coordinatorOf(second().id());
        Cookie capRural = coordinatorOf(Network.DEFAULT);
        Cookie national = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        Statistics own = statistics(other, "");
        Statistics theirs = statistics(capRural, "");
        Statistics all = statistics(national, "");

        assertThat(own.referrals().sent())
                .isEqualTo(referralsOfTheYear(second().id(), year))
                .isGreaterThanOrEqualTo(2);
        assertThat(theirs.referrals().sent()).isEqualTo(referralsOfTheYear(Network.DEFAULT, year));
        assertThat(all.referrals().sent()).isEqualTo(referralsOfTheYear(null, year));
        assertThat(eventsHeld(own)).isEqualTo(eventsOfTheYear(second().id(), year));
        assertThat(eventsHeld(theirs)).isEqualTo(eventsOfTheYear(Network.DEFAULT, year));
        int referralsOfEveryNetwork = 0;
        int eventsOfEveryNetwork = 0;
        for (Network network : networks.all()) {
            Statistics chosen = statistics(national, network.id().toString());
            referralsOfEveryNetwork += chosen.referrals().sent();
            eventsOfEveryNetwork += eventsHeld(chosen);
        }
        assertThat(all.referrals().sent()).isEqualTo(referralsOfEveryNetwork);
        assertThat(eventsHeld(all)).isEqualTo(eventsOfEveryNetwork);
        assertThat(statistics(national, second().id().toString()).referrals().sent())
                .isEqualTo(own.referrals().sent());

        // A welcome request at the Diois desk (Cap Rural) counts for Cap Rural and the national sums, not for the
        // other.
        UUID desk = jdbc.sql(
                        """
                        select w.organisation_id from welcome_desk w join perimeter p on p.id = w.perimeter_id
                        where p.kind = 'epci' and p.code = '242600534' limit 1
                        """)
                .query(UUID.class)
                .single();
        jdbc.sql("insert into intake_request (reference, project_id, channel, desk_organisation_id)"
                        + " values ('NET-' || left(gen_random_uuid()::text, 8), :project, 'form', :desk)")
                .param("project", fr.passerelle.intake.IntakeTestData.project(jdbc))
                .param("desk", desk)
                .update();
        assertThat(statistics(other, "").desks().all().total())
                .isEqualTo(own.desks().all().total());
        assertThat(statistics(capRural, "").desks().all().total())
                .isEqualTo(theirs.desks().all().total() + 1);
        assertThat(statistics(national, "").desks().all().total())
                .isEqualTo(all.desks().all().total() + 1);
    }

    @Test
    void aCoordinatorCannotReadAnotherNetworksStatisticsOrReportByAForgedParameter() throws Exception {
        Cookie other = coordinatorOf(second().id());
        String capRural = Network.DEFAULT.toString();
        mvc.perform(get("/statistiques").param("reseau", capRural).cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistiques.csv").param("reseau", capRural).cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/rapport-annuel").param("reseau", capRural).cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/rapport-annuel.pdf")
                        .param("reseau", capRural)
                        .cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistiques").param("reseau", "Cap Rural").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistiques")
                        .param("reseau", second().id().toString())
                        .cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chiffres du réseau " + SECOND)))
                .andExpect(content().string(not(containsString("name=\"reseau\""))));

        Cookie national = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        mvc.perform(get("/statistiques")
                        .param("reseau", UUID.randomUUID().toString())
                        .cookie(national))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistiques").cookie(national))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"reseau\"")))
                .andExpect(content().string(containsString("Sommes nationales")));
        mvc.perform(get("/programmes/rapport-annuel")
                        .param("reseau", second().id().toString())
                        .cookie(national))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reseau=" + second().id())));
    }

    private Statistics statistics(Cookie user, String network) throws Exception {
        return (Statistics)
                mvc.perform(get("/statistiques").param("reseau", network).cookie(user))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("statistics");
    }

    private static int eventsHeld(Statistics statistics) {
        return statistics.months().stream()
                .mapToInt(Statistics.MonthActivity::events)
                .sum();
    }

    /** The referrals sent in the year (Paris time) by a network's people; every referral when it is null. */
    private int referralsOfTheYear(UUID network, int year) {
        MonthRange range = MonthRange.year(year);
        return jdbc.sql("select count(*) from referral where sent_at >= :from and sent_at < :to"
                        + " and (cast(:network as uuid) is null or network_id = :network)")
                .param("from", range.from())
                .param("to", range.to())
                .param("network", network)
                .query(Integer.class)
                .single();
    }

    /** The published events of a network's agenda held in the year (started by now). */
    private int eventsOfTheYear(UUID network, int year) {
        MonthRange range = MonthRange.year(year);
        return jdbc.sql("select count(*) from event where network_id = :network and status = 'published'"
                        + " and starts_at >= :from and starts_at < :to and starts_at <= now()")
                .param("from", range.from())
                .param("to", range.to())
                .param("network", network)
                .query(Integer.class)
                .single();
    }

    @Test
    void onlyAnAdministratorCreatesANetworkAndAWrongOneComesBackInFrench() throws Exception {
        Cookie coordinator = coordinatorOf(Network.DEFAULT);
        String name = "Réseau " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/reseaux")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", name)
                        .param("regionCodes", "53"))
                .andExpect(status().isForbidden());

        Cookie admin = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        mvc.perform(post("/admin/reseaux")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "  ")
                        .param("regionCodes", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom du réseau.")))
                .andExpect(content().string(containsString("Choisissez les régions dans la liste.")));
        mvc.perform(post("/admin/reseaux")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", SECOND)
                        .param("regionCodes", "27"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un réseau porte déjà ce nom.")));
        mvc.perform(post("/admin/reseaux")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("regionCodes", "53"))
                .andExpect(status().is3xxRedirection());
        assertThat(networks.all()).extracting(Network::name).contains(name).doesNotContain("  ");
    }

    @Test
    void anAdministratorMovesACoordinatorToAnotherNetworkAndTheirOpenSessionEnds() throws Exception {
        String email = Sessions.uniqueEmail("coordinator");
        UUID id = Sessions.user(accounts, email, Role.COORDINATOR);
        Cookie moved = Sessions.signIn(mvc, email);
        UUID programme = programme(ProgrammesDemoData.NAME);
        mvc.perform(get("/programmes/" + programme + "/modifier").cookie(moved)).andExpect(status().isOk());

        Cookie admin = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        mvc.perform(post("/admin/utilisateurs/" + id + "/reseau")
                        .cookie(admin)
                        .with(csrf())
                        .param("networkId", "not-a-network"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/admin/utilisateurs/" + id + "/reseau")
                        .cookie(admin)
                        .with(csrf())
                        .param("networkId", second().id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(networks.networkOf(id)).isEqualTo(second().id());

        mvc.perform(get("/programmes/" + programme + "/modifier").cookie(moved)).andExpect(status().is3xxRedirection());
        Cookie again = Sessions.signIn(mvc, email);
        mvc.perform(get("/programmes/" + programme + "/modifier").cookie(again)).andExpect(status().isNotFound());
    }

    @Test
    void thePublicAgendaShowsEveryNetworkAndFiltersByOne() throws Exception {
        String morvan = "S’installer dans le Morvan";
        mvc.perform(get("/agenda").param("q", "Morvan")).andExpect(content().string(containsString(morvan)));
        mvc.perform(get("/agenda").param("q", "Morvan").param("reseau", Network.DEFAULT.toString()))
                .andExpect(content().string(not(containsString(morvan))));
        mvc.perform(get("/agenda")
                        .param("q", "Morvan")
                        .param("reseau", second().id().toString()))
                .andExpect(content().string(containsString(morvan)))
                .andExpect(content().string(containsString(SECOND)));
        mvc.perform(get("/agenda").param("reseau", "Bourgogne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reseau=Bourgogne")));
    }

    private Network second() {
        return networks.all().stream()
                .filter(network -> network.name().equals(SECOND))
                .findFirst()
                .orElseThrow();
    }

    private Cookie coordinatorOf(UUID network) throws Exception {
        String email = Sessions.uniqueEmail("coordinator");
        networks.place(Sessions.user(accounts, email, Role.COORDINATOR), network);
        return Sessions.signIn(mvc, email);
    }

    private UUID programme(String name) {
        return jdbc.sql("select id from programme where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private String programmeName(UUID id) {
        return jdbc.sql("select name from programme where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private UUID perimeter(String name) {
        return jdbc.sql("select id from perimeter where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private String perimeterName(UUID id) {
        return jdbc.sql("select name from perimeter where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** An upcoming published event of Cap Rural's agenda. */
    private UUID capRuralEvent() {
        return jdbc.sql("select id from event where network_id = :network and status = 'published'"
                        + " and starts_at > now() order by starts_at limit 1")
                .param("network", Network.DEFAULT)
                .query(UUID.class)
                .single();
    }
}
