package fr.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
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
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

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
        intakes.submit(draft(email, "Ferme-auberge " + UUID.randomUUID()), IntakeChannel.FORM, null);
        holder = Sessions.signInByLink(mvc, accounts, email);
        // A second request made with the address waits for its owner to confirm it.
        intakes.submit(draft(email, "Gîte d’étape " + UUID.randomUUID()), IntakeChannel.FORM, null);

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

    private static IntakeDraft draft(String email, String title) {
        return new IntakeDraft(
                HolderKind.PERSON,
                "Sam Durand",
                email,
                null,
                null,
                "69123",
                List.of(),
                title,
                "Une ferme qui reçoit.",
                ProjectKind.CREATION_INDIVIDUELLE,
                ProjectStage.EMERGENCE,
                List.of(),
                false,
                List.of(Need.FINANCEMENT),
                TargetScope.COMMUNES,
                List.of("26113"),
                true,
                true);
    }
}
