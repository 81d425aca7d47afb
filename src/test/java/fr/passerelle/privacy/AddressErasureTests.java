package fr.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.IntakeTestData;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A holder's rights reach every module: what they left under their address (an event registration and its seat, a
 * contact left at a stand, an offer alert, requests to join a structure and a working group, an error reported, a
 * second request waiting for their confirmation) is in their export, JSON and readable, and gone after their
 * erasure; other people's data stay, the seat goes to the waitlist, and nothing prompts the erased address again.
 */
@PlatformTest
class AddressErasureTests {

    private static final String GROUP = "entrepreneuriat-collectif-collectivites";

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.accounts.Networks networks;

    String email;
    String other;
    String eventTitle;
    String report;
    UUID event;
    UUID structure;
    Cookie holder;

    @BeforeEach
    void aHolderWhoLeftTracesEverywhere() throws Exception {
        email = Sessions.uniqueEmail("traces");
        other = Sessions.uniqueEmail("voisine");
        intakes.submit(
                IntakeTestData.welcome(email, "Ferme-auberge " + UUID.randomUUID(), "69123", "26113"),
                IntakeChannel.FORM,
                null);
        holder = Sessions.signInByLink(mvc, accounts, email);
        // A second request made with the address waits for its owner to confirm it.
        intakes.submit(
                IntakeTestData.welcome(email, "Gîte d’étape " + UUID.randomUUID(), "69123", "26113"),
                IntakeChannel.FORM,
                null);

        eventTitle = "Atelier à une place " + UUID.randomUUID();
        event = oneSeatEvent(eventTitle);
        register(event, "Sam Durand", email);
        register(event, "Alex Voisin", other);
        jdbc.sql("insert into stand_lead (event_id, name, email, phone, consent, interests)"
                        + " values (:e, 'Sam Durand', :m, '0612345678', true, 'Une ferme-auberge')")
                .param("e", event)
                .param("m", email)
                .update();

        mvc.perform(post("/offres/alertes")
                        .with(csrf())
                        .param("email", email.toUpperCase(Locale.ROOT))
                        .param("frequency", "weekly")
                        .param("search", "departement=26"))
                .andExpect(status().is3xxRedirection());

        structure = jdbc.sql("select id from organisation where status = 'published' and siret is null"
                        + " order by name limit 1")
                .query(UUID.class)
                .single();
        mvc.perform(post("/annuaire/structures/" + structure + "/rejoindre")
                        .with(csrf())
                        .param("name", "Sam Durand")
                        .param("email", email)
                        .param("jobTitle", "Porteur de projet"))
                .andExpect(status().isOk());
        report = "Le téléphone a changé " + UUID.randomUUID();
        jdbc.sql("insert into entry_report (organisation_id, message, reporter_email) values (:o, :r, :m)")
                .param("o", structure)
                .param("r", report)
                .param("m", email)
                .update();

        mvc.perform(post("/groupes/" + GROUP + "/rejoindre")
                        .with(csrf())
                        .param("name", "Sam Durand")
                        .param("email", email)
                        .param("motivation", "Monter un projet collectif dans mon village.")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/groupes/" + GROUP + "/rejoindre")
                        .with(csrf())
                        .param("name", "Alex Voisin")
                        .param("email", other)
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        // What the modules do after the commit (mails and the links they carry) is done before anything is counted.
        fr.passerelle.testing.EventPublications.awaitHandled(context);
    }

    @Test
    void theExportListsWhatEveryModuleKeepsUnderTheAddress() throws Exception {
        mvc.perform(get("/espace/mes-donnees.json").cookie(holder))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.porteurs.length()").value(2))
                .andExpect(
                        jsonPath("$.inscriptions_aux_evenements[0].evenement").value(eventTitle))
                .andExpect(jsonPath("$.inscriptions_aux_evenements.length()").value(1))
                .andExpect(
                        jsonPath("$.contacts_laisses_sur_un_stand[0].telephone").value("0612345678"))
                .andExpect(jsonPath("$.alertes_offres[0].recherche").value("departement=26"))
                .andExpect(jsonPath("$.demandes_pour_rejoindre_une_structure[0].fonction")
                        .value("Porteur de projet"))
                .andExpect(jsonPath("$.contributions_a_l_annuaire[0].texte").value(report))
                .andExpect(jsonPath("$.groupes_de_travail.length()").value(1))
                .andExpect(jsonPath("$.groupes_de_travail[0].motivation")
                        .value("Monter un projet collectif dans mon village."));
    }

    @Test
    void theReadableExportShowsTheSameInFrenchWords() throws Exception {
        mvc.perform(get("/espace/mes-donnees").cookie(holder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inscriptions aux événements")))
                .andExpect(content().string(containsString(eventTitle)))
                .andExpect(content().string(containsString("chaque semaine")))
                .andExpect(content().string(containsString("Groupes de travail")))
                .andExpect(content().string(containsString("Monter un projet collectif dans mon village.")))
                .andExpect(content().string(containsString("Imprimer ou enregistrer en PDF")))
                // Codes read as words, identifiers left out.
                .andExpect(content().string(not(containsString("pending_approval"))))
                .andExpect(content().string(not(containsString(structure.toString()))))
                .andExpect(content().string(not(containsString("Alex Voisin"))));
        mvc.perform(get("/espace/mes-donnees")).andExpect(status().is3xxRedirection());
    }

    @Test
    void erasureLeavesNothingUnderTheAddressAndOthersDataIntact() throws Exception {
        String registrationToken = registrationToken(email);
        UUID waiting = jdbc.sql("select id from project_holder where lower(email) = lower(:m) and user_id is null")
                .param("m", email)
                .query(UUID.class)
                .single();
        assertThat(claims(waiting)).isEqualTo(1);
        assertThat(underAddress()).as("the traces before erasure").isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from throttle_window where subject = lower(:m)"))
                .isPositive();
        assertThat(registrationStatus(other)).isEqualTo("waitlisted");

        mvc.perform(post("/espace/effacer").cookie(holder).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl("/?efface"));

        assertThat(underAddress()).isZero();
        assertThat(count("select count(*) from throttle_window where lower(subject) like lower(:m) || '%'"))
                .isZero();
        assertThat(count("select count(*) from user_account where lower(email) = lower(:m)"))
                .isZero();
        // The seat it held goes to the waitlisted person; the figures keep a cancelled registration, nameless.
        assertThat(registrationStatus(other)).isIn("held", "confirmed");
        assertThat(jdbc.sql("select name from registration where event_id = :e and status = 'cancelled'")
                        .param("e", event)
                        .query(String.class)
                        .single())
                .isEqualTo("Anonyme");
        assertThat(jdbc.sql("select count(*) from group_member where lower(email) = lower(:m)")
                        .param("m", other)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from entry_report where organisation_id = :o and message = :r")
                        .param("o", structure)
                        .param("r", report)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The registration's link opens nothing that names the person any more.
        mvc.perform(get("/agenda/inscriptions/" + registrationToken))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(email))));
        // The link that asked the address to confirm its second request is gone with it.
        assertThat(claims(waiting)).isZero();
        mvc.perform(get("/")).andExpect(content().string(not(containsString(email))));
    }

    @Test
    void theNationalLevelSeesThePersonsWholeHistoryRecognisedByTheAddressAsTyped() throws Exception {
        UUID project = referredProject();
        String page = mvc.perform(post("/personnes")
                        .cookie(nationalLevel())
                        .with(csrf())
                        .param("email", "  " + email.toUpperCase(Locale.ROOT) + " "))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Historique de " + email)
                .contains("Inscription à un événement", eventTitle, "/agenda/" + event + "/participants")
                .contains("Coordonnées laissées sur un stand", "/agenda/" + event + "/stand")
                .contains("Alerte sur les offres", "/offres?departement=26")
                .contains("Demande pour rejoindre une structure", "/annuaire/structures/" + structure)
                .contains("Erreur signalée dans l’annuaire")
                .contains("Groupe de travail", "/groupes/" + GROUP + "/membres", "En attente")
                .contains("Demande d’accueil", "Ferme-auberge", "Gîte d’étape", "/accueil/demandes/")
                .contains("Mise en relation avec une structure", "/parcours/projets/" + project)
                .doesNotContain("Alex Voisin", other);
        // Oldest first: the welcome requests came before the registration, which came before the group request.
        assertThat(page.indexOf("Ferme-auberge")).isLessThan(page.indexOf(eventTitle));
        assertThat(page.indexOf(eventTitle)).isLessThan(page.indexOf("/groupes/" + GROUP + "/membres"));
        // The look is in the journal, under the address's digest only.
        assertThat(
                        count(
                                "select count(*) from person_lookup where address_digest = encode(sha256(convert_to(lower(:m), 'UTF8')), 'hex')"))
                .isEqualTo(1);
        assertThat(count("select count(*) from person_lookup where address_digest ilike '%' || :m || '%'"))
                .isZero();
    }

    @Test
    void gmailLikeDotsAreNotMergedAndABadAddressGetsAFrenchMessage() throws Exception {
        Cookie coordinator = nationalLevel();
        String dotted = email.replaceFirst("@", ".x@");
        mvc.perform(post("/personnes").cookie(coordinator).with(csrf()).param("email", dotted))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune donnée n’est conservée sous cette adresse")))
                .andExpect(content().string(not(containsString(eventTitle))));
        mvc.perform(post("/personnes").cookie(coordinator).with(csrf()).param("email", "celine.morel@"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette adresse e-mail n’est pas valide")))
                .andExpect(content().string(containsString("value=\"celine.morel@\"")));
        mvc.perform(post("/personnes").cookie(coordinator).with(csrf()).param("email", "   "))
                .andExpect(content().string(containsString("Saisissez l’adresse e-mail de la personne.")));
    }

    @Test
    void theNationalExportListsWhatEveryModuleKeepsAsJsonAndAFrenchSpreadsheet() throws Exception {
        referredProject();
        Cookie coordinator = nationalLevel();
        mvc.perform(post("/personnes/export.json")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.adresse").value(email.toLowerCase(Locale.ROOT)))
                .andExpect(jsonPath("$.inscriptions_aux_evenements.length()").value(1))
                .andExpect(
                        jsonPath("$.inscriptions_aux_evenements[0].evenement").value(eventTitle))
                .andExpect(
                        jsonPath("$.contacts_laisses_sur_un_stand[0].telephone").value("0612345678"))
                .andExpect(jsonPath("$.alertes_offres[0].recherche").value("departement=26"))
                .andExpect(jsonPath("$.demandes_pour_rejoindre_une_structure.length()")
                        .value(1))
                .andExpect(jsonPath("$.contributions_a_l_annuaire[0].texte").value(report))
                .andExpect(jsonPath("$.groupes_de_travail.length()").value(1))
                .andExpect(jsonPath("$.dossiers_de_porteur.length()").value(2))
                .andExpect(
                        jsonPath("$.dossiers_de_porteur[0].demandes.length()").value(1))
                .andExpect(jsonPath("$.dossiers_de_porteur[0].mises_en_relation.length()")
                        .value(1))
                .andExpect(jsonPath("$.dossiers_de_porteur[0].mises_en_relation[0].message")
                        .value("Sam cherche un local pour sa ferme-auberge."))
                .andExpect(jsonPath("$.liens_envoyes_par_e_mail.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        String csv = mvc.perform(post("/personnes/export.csv")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv.substring(1)))
                .getRecords();
        assertThat(csv).startsWith("\uFEFFPartie;Élément;Champ;Valeur");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.get("Partie")).isEqualTo("Inscriptions aux événements"))
                .anySatisfy(row -> assertThat(row.get("Valeur")).isEqualTo(eventTitle))
                .anySatisfy(row -> assertThat(row.get("Partie")).isEqualTo("Groupes de travail"))
                .anySatisfy(row -> assertThat(row.get("Valeur")).isEqualTo("chaque semaine"))
                .anySatisfy(row -> assertThat(row.get("Partie")).isEqualTo("Dossiers de porteur de projet"))
                .anySatisfy(row -> assertThat(row.get("Champ")).startsWith("Mises en relation 1 · "))
                // Moments in words, Paris time.
                .anySatisfy(row -> assertThat(row.get("Valeur")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}h\\d{2}"));
    }

    @Test
    void theNationalErasureLeavesNothingUnderTheAddressInAnyModuleAndKeepsTheFigures() throws Exception {
        UUID project = referredProject();
        Cookie coordinator = nationalLevel();
        java.util.Map<String, Long> before = perModule();
        assertThat(before)
                .allSatisfy((module, rows) -> assertThat(rows).as(module).isPositive());
        long registrations = rowsOf("select count(*) from registration where event_id = :e", event);
        long requests = rowsOf("select count(*) from intake_request where project_id = :e", project);
        long referrals = rowsOf("select count(*) from referral where project_id = :e", project);
        long leads = rowsOf("select count(*) from stand_lead where event_id = :e", event);

        // Without the box ticked, nothing goes.
        mvc.perform(post("/personnes/effacer").cookie(coordinator).with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cochez la case pour confirmer l’effacement")));
        assertThat(perModule()).isEqualTo(before);

        Object[] told = (Object[]) mvc.perform(post("/personnes/effacer")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("email", email.toUpperCase(Locale.ROOT))
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/personnes"))
                .andExpect(flash().attribute(PageAnswers.NOTICE, "people.erased"))
                .andReturn()
                .getFlashMap()
                .get(PageAnswers.NOTICE_ARGUMENTS);
        // The notice names the address as the platform keeps it, and how many items went.
        assertThat(told[0]).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat((Integer) told[1]).isPositive();

        assertThat(perModule())
                .allSatisfy((module, rows) -> assertThat(rows).as(module).isZero());
        assertThat(underAddress()).isZero();
        // What the figures count stays, nameless: registrations, welcome requests, referrals, stand leads.
        assertThat(rowsOf("select count(*) from registration where event_id = :e", event))
                .isEqualTo(registrations);
        assertThat(rowsOf("select count(*) from intake_request where project_id = :e", project))
                .isEqualTo(requests);
        assertThat(rowsOf("select count(*) from referral where project_id = :e", project))
                .isEqualTo(referrals);
        assertThat(rowsOf("select count(*) from stand_lead where event_id = :e", event))
                .isEqualTo(leads);
        assertThat(rowsOf(
                        "select count(*) from referral where project_id = :e and message like '%ferme-auberge%'",
                        project))
                .isZero();
        // Other people's data stay, and the seat went to the waitlisted person.
        assertThat(registrationStatus(other)).isIn("held", "confirmed");
        mvc.perform(post("/personnes").cookie(coordinator).with(csrf()).param("email", email))
                .andExpect(content().string(containsString("Aucune donnée n’est conservée sous cette adresse")));
    }

    /**
     * A network's coordinator reaches what their network keeps under the address, nothing platform-wide: Cap Rural's
     * coordinators the registration and stand contact of its event, the request to join its group and the holder's
     * files aimed at the Drôme, not the offers' alert, the structure's claim nor the report; the second network's
     * coordinator nothing at all, whose erasure then erases nothing. Cap Rural's erasure leaves the platform-wide
     * part to the national level.
     */
    @Test
    void aNetworksCoordinatorReachesOnlyWhatTheirNetworkKeepsUnderTheAddress() throws Exception {
        fr.passerelle.accounts.Network second = networks.demoSecond().orElseThrow();
        Cookie elsewhere = coordinatorOf(second.id());
        mvc.perform(post("/personnes").cookie(elsewhere).with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Le réseau " + second.name() + " ne garde aucune donnée sous cette adresse.")))
                .andExpect(content().string(not(containsString(eventTitle))))
                .andExpect(content().string(not(containsString("Ferme-auberge"))));
        String theirs = mvc.perform(post("/personnes/export.json")
                        .cookie(elsewhere)
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(theirs).contains(second.name()).doesNotContain(eventTitle, "Ferme-auberge", "Sam Durand");
        java.util.Map<String, Long> before = perModule();
        mvc.perform(post("/personnes/effacer")
                        .cookie(elsewhere)
                        .with(csrf())
                        .header("X-Network-Id", fr.passerelle.accounts.Network.DEFAULT.toString())
                        .param("email", email)
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/personnes"));
        assertThat(perModule()).isEqualTo(before);

        Cookie capRural = coordinatorOf(fr.passerelle.accounts.Network.DEFAULT);
        mvc.perform(post("/personnes").cookie(capRural).with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Vous voyez, exportez et effacez ce que le réseau Cap Rural")))
                .andExpect(content().string(containsString(eventTitle)))
                .andExpect(content().string(containsString("/agenda/" + event + "/stand")))
                .andExpect(content().string(containsString("/groupes/" + GROUP + "/membres")))
                .andExpect(content().string(containsString("Ferme-auberge")))
                .andExpect(content().string(not(containsString("Alerte sur les offres"))))
                .andExpect(content().string(not(containsString("Demande pour rejoindre une structure"))))
                .andExpect(content().string(not(containsString("Erreur signalée dans l’annuaire"))));
        mvc.perform(post("/personnes/effacer")
                        .cookie(capRural)
                        .with(csrf())
                        .param("email", email)
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/personnes"));
        java.util.Map<String, Long> after = perModule();
        for (String erased : List.of(
                "events: registrations",
                "events: stand leads",
                "groups: members",
                "intake: holders",
                "pathway: referrals' words")) {
            assertThat(after.get(erased)).as(erased).isZero();
        }
        for (String national : List.of("offers: alerts", "directory: claims", "directory: reports")) {
            assertThat(after.get(national))
                    .as(national)
                    .isEqualTo(before.get(national))
                    .isPositive();
        }
        assertThat(registrationStatus(other)).isIn("held", "confirmed");
    }

    @Test
    void onlyTheNetworksCoordinatorsMayLookAPersonUp() throws Exception {
        UUID desk = structure;
        java.util.Map<String, Long> before = perModule();
        List<Cookie> refused = List.of(
                Sessions.signIn(mvc, user(fr.passerelle.accounts.Role.ADVISOR, desk)),
                Sessions.signIn(mvc, user(fr.passerelle.accounts.Role.TERRITORY_AGENT, desk)),
                holder);
        for (Cookie who : refused) {
            mvc.perform(get("/personnes").cookie(who)).andExpect(status().isForbidden());
            mvc.perform(post("/personnes").cookie(who).with(csrf()).param("email", email))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(eventTitle))));
            mvc.perform(post("/personnes/export.json").cookie(who).with(csrf()).param("email", email))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(eventTitle))));
            mvc.perform(post("/personnes/export.csv").cookie(who).with(csrf()).param("email", email))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/personnes/effacer")
                            .cookie(who)
                            .with(csrf())
                            .param("email", email)
                            .param("confirm", "true"))
                    .andExpect(status().isForbidden());
        }
        // Forged headers give a visitor or an advisor nothing.
        mvc.perform(post("/personnes")
                        .with(csrf())
                        .header("X-Forwarded-User", "coordination@passerelle.example")
                        .header("X-Remote-User", "coordination@passerelle.example")
                        .header("X-User-Roles", "COORDINATOR")
                        .param("email", email))
                .andExpect(status().is3xxRedirection())
                .andExpect(content().string(not(containsString(eventTitle))));
        mvc.perform(get("/personnes")
                        .cookie(refused.get(0))
                        .header("X-Forwarded-User", "coordination@passerelle.example")
                        .header("X-User-Roles", "ROLE_COORDINATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/personnes")).andExpect(status().is3xxRedirection());
        assertThat(perModule()).isEqualTo(before);
        assertThat(
                        count(
                                "select count(*) from person_lookup where address_digest = encode(sha256(convert_to(lower(:m), 'UTF8')), 'hex')"))
                .isZero();
        // The holder, signed in by their address, sees their own data, never someone else's.
        mvc.perform(get("/espace/mes-donnees").cookie(holder))
                .andExpect(content().string(containsString(eventTitle)))
                .andExpect(content().string(not(containsString("Alex Voisin"))));
    }

    /** The rows that hold the address, module by module. */
    private java.util.Map<String, Long> perModule() {
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.put("events: registrations", count("select count(*) from registration where lower(email) = lower(:m)"));
        rows.put("events: stand leads", count("select count(*) from stand_lead where lower(email) = lower(:m)"));
        rows.put("offers: alerts", count("select count(*) from offer_alert where lower(email) = lower(:m)"));
        rows.put("directory: claims", count("select count(*) from organisation_claim where lower(email) = lower(:m)"));
        rows.put(
                "directory: reports",
                count("select count(*) from entry_report where lower(reporter_email) = lower(:m)"));
        rows.put("groups: members", count("select count(*) from group_member where lower(email) = lower(:m)"));
        rows.put("intake: holders", count("select count(*) from project_holder where lower(email) = lower(:m)"));
        rows.put(
                "pathway: referrals' words",
                count(
                        """
                        select count(*) from referral r join project p on p.id = r.project_id
                        join project_holder h on h.id = p.holder_id
                        where lower(h.email) = lower(:m) and r.message <> '—'
                        """));
        rows.put("common: e-mailed links", count("select count(*) from emailed_link where lower(email) = lower(:m)"));
        rows.put("accounts: account", count("select count(*) from user_account where lower(email) = lower(:m)"));
        return rows;
    }

    /** The first project made with the address, referred by a coordinator to a structure through its page. */
    private UUID referredProject() throws Exception {
        UUID project = jdbc.sql(
                        """
                        select p.id from project p join project_holder h on h.id = p.holder_id
                        where lower(h.email) = lower(:m) order by p.created_at limit 1
                        """)
                .param("m", email)
                .query(UUID.class)
                .single();
        UUID to = jdbc.sql("select id from organisation where status = 'published' and email is not null"
                        + " order by name limit 1")
                .query(UUID.class)
                .single();
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(nationalLevel())
                        .with(csrf())
                        .param("target", to + "|")
                        .param("message", "Sam cherche un local pour sa ferme-auberge."))
                .andExpect(status().is3xxRedirection());
        assertThat(rowsOf("select count(*) from referral where project_id = :e", project))
                .isEqualTo(1);
        return project;
    }

    /** The platform's national level (an administrator), which reaches everything kept under an address. */
    private Cookie nationalLevel() throws Exception {
        return Sessions.signIn(mvc, user(fr.passerelle.accounts.Role.ADMINISTRATOR, null));
    }

    private Cookie coordinatorOf(UUID network) throws Exception {
        String address = user(fr.passerelle.accounts.Role.COORDINATOR, null);
        networks.place(accounts.findByEmail(address).orElseThrow().id(), network);
        return Sessions.signIn(mvc, address);
    }

    private String user(fr.passerelle.accounts.Role role, UUID organisation) {
        String address = Sessions.uniqueEmail(role.name().toLowerCase(Locale.ROOT));
        if (organisation == null) {
            Sessions.user(accounts, address, role);
        } else {
            Sessions.user(accounts, address, role, organisation);
        }
        return address;
    }

    private long rowsOf(String sql, UUID id) {
        return jdbc.sql(sql).param("e", id).query(Long.class).single();
    }

    /** Every row that still holds the address, in every module's tables. */
    private long underAddress() {
        return count(
                """
                select (select count(*) from registration where lower(email) = lower(:m))
                     + (select count(*) from stand_lead where lower(email) = lower(:m))
                     + (select count(*) from offer_alert where lower(email) = lower(:m))
                     + (select count(*) from organisation_claim where lower(email) = lower(:m))
                     + (select count(*) from entry_report where lower(reporter_email) = lower(:m))
                     + (select count(*) from group_member where lower(email) = lower(:m))
                     + (select count(*) from project_holder where lower(email) = lower(:m))
                     + (select count(*) from emailed_link where lower(email) = lower(:m))
                     + (select count(*) from user_account where lower(email) = lower(:m))
                """);
    }

    private long claims(UUID holderId) {
        return jdbc.sql("select count(*) from holder_claim where holder_id = :h")
                .param("h", holderId)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("m", email).query(Long.class).single();
    }

    private String registrationStatus(String address) {
        return jdbc.sql("select status from registration where event_id = :e and lower(email) = lower(:m)")
                .param("e", event)
                .param("m", address)
                .query(String.class)
                .single();
    }

    private String registrationToken(String address) {
        return jdbc.sql("select token from registration where event_id = :e and lower(email) = lower(:m)")
                .param("e", event)
                .param("m", address)
                .query(String.class)
                .single();
    }

    private void register(UUID eventId, String name, String address) throws Exception {
        mvc.perform(post("/agenda/" + eventId + "/inscription")
                        .with(csrf())
                        .param("name", name)
                        .param("email", address)
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
    }

    private UUID oneSeatEvent(String title) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(12).withNano(0);
        return events.record(new EventDraft(
                EventKind.ATELIER,
                title,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Crest",
                null,
                null,
                1,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(2))),
                List.of()));
    }
}
