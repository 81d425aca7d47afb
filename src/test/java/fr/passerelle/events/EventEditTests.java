package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changing an event from the outside: its organisers find their form filled in; the capacity never goes under the
 * confirmed places and, when it grows, the waitlisted get the new places; a change of date tells every registrant
 * with a calendar file that replaces the old one; agents of another territory cannot touch it. The registration
 * window and the audiences, as the form takes them and the agenda filters them.
 */
@PlatformTest
class EventEditTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    private Cookie member(Role role, String organisation) throws Exception {
        return Sessions.member(mvc, accounts, jdbc, role, organisation);
    }

    private static MockHttpServletRequestBuilder form(String url, Cookie who, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).cookie(who).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Map<String, String> fields(String title, String day, String capacity) {
        return Map.of(
                "kind", "atelier",
                "title", title,
                "mode", "sur_place",
                "place", "Die, salle des fêtes",
                "commune", "26113",
                "capacity", capacity,
                "slots[0].date", day,
                "slots[0].start", "14:00",
                "slots[0].end", "17:00");
    }

    private static RegistrationDraft person(String email) {
        return new RegistrationDraft("Personne " + email, email, null, null, Map.of(), true);
    }

    @Test
    void organisersChangeAnEventAndRegistrantsAreToldWithTheUpdatedCalendar() throws Exception {
        Cookie agent = member(Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        Cookie otherAgent = member(Role.TERRITORY_AGENT, "Pays Beaujolais");
        String day = LocalDate.now().plusDays(30).toString();
        String title = "Atelier des repreneurs " + UUID.randomUUID().toString().substring(0, 5);
        String location = mvc.perform(form("/agenda/nouvel-evenement", agent, fields(title, day, "2"))
                        .param("audiences", "porteurs_projet", "elus"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID event = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        String first = Sessions.uniqueEmail("place");
        String second = Sessions.uniqueEmail("place");
        String waiting = Sessions.uniqueEmail("attente");
        registrations.confirm(registrations.register(event, person(first)).token());
        registrations.confirm(registrations.register(event, person(second)).token());
        RegistrationReceipt later = registrations.register(event, person(waiting));
        assertThat(later.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        registrations.confirm(later.token());
        Mails.awaitMail(greenMail, first, "Inscription confirmée");

        // The form comes back filled in, commune and audiences included.
        mvc.perform(get("/agenda/" + event + "/modifier").cookie(agent))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Modifier l’événement"),
                                containsString("value=\"" + title + "\""),
                                containsString("value=\"26113\""),
                                containsString("value=\"Die\""),
                                containsString("value=\"" + day + "\""),
                                containsString("value=\"14:00\""))));
        mvc.perform(get("/agenda/" + event + "/modifier").cookie(otherAgent)).andExpect(status().isForbidden());
        mvc.perform(form("/agenda/" + event + "/modifier", otherAgent, fields(title, day, "9")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agenda/" + event + "/modifier")).andExpect(status().is3xxRedirection());

        // Under the two confirmed places: refused, said with the count, nothing changed.
        mvc.perform(form("/agenda/" + event + "/modifier", agent, fields(title, day, "1")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("La jauge ne peut pas descendre sous les 2 places déjà prises")));
        assertThat(capacity(event)).isEqualTo(2);

        // A new date and one more place: the waitlisted person gets it; everyone hears of the new date.
        String newDay = LocalDate.now().plusDays(31).toString();
        mvc.perform(form("/agenda/" + event + "/modifier", agent, fields(title, newDay, "3")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "event.updated.told"));
        assertThat(registrations.confirmed(event)).isEqualTo(3);
        Mails.awaitMail(greenMail, waiting, "Une place s’est libérée");
        MimeMessage changed = Mails.awaitMail(greenMail, first, "Changement");
        Calendar updated = calendarOf(changed);
        List<VEvent> slots = updated.getComponents("VEVENT");
        VEvent slot = slots.get(0);
        assertThat(slot.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(slot.getProperty("DTSTART").orElseThrow().getValue()).startsWith(newDay.replace("-", ""));
        assertThat(Mails.awaitMail(greenMail, waiting, "Changement").getSubject())
                .contains(title);

        // Only the words changed: nobody is written to again.
        mvc.perform(form("/agenda/" + event + "/modifier", agent, fields(title + " (complet)", newDay, "3")))
                .andExpect(flash().attribute("notice", "event.updated"));
        assertThat(jdbc.sql("select revision from event where id = :id")
                        .param("id", event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theRegistrationWindowIsCheckedAndShownAndTheAgendaFiltersByAudience() throws Exception {
        Cookie coordinator = member(Role.COORDINATOR, null);
        String day = LocalDate.now().plusDays(40).toString();
        String title = "Rencontre des élus " + UUID.randomUUID().toString().substring(0, 5);
        Map<String, String> typedCommune = new java.util.HashMap<>(fields(title, day, "20"));
        typedCommune.put("commune", "");
        typedCommune.put("communeLabel", "Xqzwvk");
        mvc.perform(form("/agenda/nouvel-evenement", coordinator, typedCommune)
                        .param("registrationOpens", LocalDate.now().plusDays(10).toString())
                        .param("registrationCloses", LocalDate.now().plusDays(5).toString())
                        .param("audiences", "elus", "pas_un_public"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("La clôture des inscriptions doit venir après leur ouverture."),
                                containsString("Commune inconnue"),
                                containsString("Public inconnu"),
                                containsString("value=\"Xqzwvk\""))));
        mvc.perform(form("/agenda/nouvel-evenement", coordinator, fields(title, day, "20"))
                        .param("registrationOpens", "31/02/2027"))
                .andExpect(content().string(containsString("Date illisible")));
        mvc.perform(form("/agenda/nouvel-evenement", coordinator, fields(title, day, "20"))
                        .param("registrationOpens", LocalDate.now().plusDays(60).toString()))
                .andExpect(content()
                        .string(containsString("Les inscriptions doivent ouvrir avant le début de l’événement.")));

        String location = mvc.perform(form("/agenda/nouvel-evenement", coordinator, fields(title, day, "20"))
                        .param("registrationOpens", LocalDate.now().plusDays(10).toString())
                        .param(
                                "registrationCloses",
                                LocalDate.now().plusDays(20).toString())
                        .param("audiences", "elus"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID event = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        mvc.perform(get("/agenda/" + event))
                .andExpect(content()
                        .string(allOf(
                                containsString("Les inscriptions ouvrent le"),
                                not(containsString("id=\"inscription\"")))));
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType("application/json")
                        .content("{\"name\":\"Anne Élue\",\"email\":\"anne.elue@exemple.fr\",\"consent\":true}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/agenda").param("audience", "elus").param("month", day.substring(0, 7)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/agenda").param("audience", "candidats_installation").param("month", day.substring(0, 7)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/api/v1/events").param("audience", "elus").param("month", day.substring(0, 7)))
                .andExpect(jsonPath("$.items[?(@.title == '" + title + "')].audiences[0]")
                        .value("elus"));
        mvc.perform(get("/api/v1/events").param("audience", "martiens")).andExpect(status().isBadRequest());
        mvc.perform(get("/agenda").param("territory", "le-diois").param("month", day.substring(0, 7)))
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void organisersCancelAnEventAfterSeeingWhoWillBeToldAndRegistrantsGetTheCancel() throws Exception {
        Cookie coordinator = member(Role.COORDINATOR, null);
        Cookie otherAgent = member(Role.TERRITORY_AGENT, "Pays Beaujolais");
        String day = LocalDate.now().plusDays(35).toString();
        String title = "Atelier annulé " + UUID.randomUUID().toString().substring(0, 5);
        String location = mvc.perform(form("/agenda/nouvel-evenement", coordinator, fields(title, day, "10")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID event = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        String registrant = Sessions.uniqueEmail("annulation");
        registrations.confirm(registrations.register(event, person(registrant)).token());
        String invitation =
                Mails.attachment(Mails.awaitMail(greenMail, registrant, "Inscription confirmée"), "evenement.ics");

        mvc.perform(get("/agenda/" + event).cookie(coordinator))
                .andExpect(content().string(containsString("/agenda/" + event + "/annulation")));
        mvc.perform(get("/agenda/" + event + "/annulation")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agenda/" + event + "/annulation").cookie(otherAgent)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/annulation").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Une personne inscrite sera prévenue."),
                                containsString("Oui, annuler l’événement"))));
        // A message too long comes back beside its field, as typed; nothing is cancelled.
        String tooLong = "La salle est close. ".repeat(60);
        mvc.perform(form("/agenda/" + event + "/annulation", coordinator, Map.of("reason", tooLong)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le message ne peut pas dépasser 1000 caractères."),
                                containsString(tooLong.strip()))));
        assertThat(eventStatus(event)).isEqualTo("published");

        mvc.perform(form("/agenda/" + event + "/annulation", coordinator, Map.of("reason", "La salle est inondée.")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "event.cancel.done"));
        assertThat(eventStatus(event)).isEqualTo("cancelled");
        MimeMessage cancelled = Mails.awaitMail(greenMail, registrant, "Événement annulé");
        assertThat(Mails.text(cancelled)).contains("La salle est inondée.", title);
        Calendar cancel = fr.passerelle.testing.Calendars.strictlyValid(Mails.attachment(cancelled, "annulation.ics"));
        Calendar before = fr.passerelle.testing.Calendars.strictlyValid(invitation);
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getProperty("UID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(before.<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getProperty("UID")
                        .orElseThrow()
                        .getValue());
        mvc.perform(get("/agenda/" + event))
                .andExpect(content()
                        .string(allOf(
                                containsString("Cet événement est annulé."),
                                not(containsString("/agenda/" + event + "/annulation")))));
        mvc.perform(get("/agenda").param("month", day.substring(0, 7)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(form("/agenda/" + event + "/annulation", coordinator, Map.of()))
                .andExpect(flash().attribute("notice", "event.cancel.already"));
    }

    private String eventStatus(UUID event) {
        return jdbc.sql("select status from event where id = :id")
                .param("id", event)
                .query(String.class)
                .single();
    }

    @Test
    void aSessionsPlacesCannotGoUnderItsSeatsTakenAndItsWaitlistGetsThePlacesItGains() throws Exception {
        Cookie agent = member(Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        String day = LocalDate.now().plusDays(40).toString();
        String title = "Deux séances " + UUID.randomUUID().toString().substring(0, 5);
        // The afternoon typed first: the form's rows are not the sessions' order.
        Map<String, String> fields = new java.util.HashMap<>(fields(title, day, ""));
        fields.putAll(Map.of(
                "slots[0].capacity", "1",
                "slots[1].date", day,
                "slots[1].start", "09:00",
                "slots[1].end", "12:00",
                "slots[1].capacity", "2"));
        String location = mvc.perform(form("/agenda/nouvel-evenement", agent, fields))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID event = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        List<String> uids = jdbc.sql("select uid from event_slot where event_id = :id order by position")
                .param("id", event)
                .query(String.class)
                .list();
        for (String morning : List.of(Sessions.uniqueEmail("matin"), Sessions.uniqueEmail("matin"))) {
            registrations.confirm(registrations
                    .register(event, onSession(morning, uids.get(0)))
                    .token());
        }
        registrations.confirm(registrations
                .register(event, onSession(Sessions.uniqueEmail("apres-midi"), uids.get(1)))
                .token());
        String waiting = Sessions.uniqueEmail("attente");
        RegistrationReceipt later = registrations.register(event, onSession(waiting, uids.get(1)));
        assertThat(later.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        registrations.confirm(later.token());

        // Under the morning's two places taken: refused beside the morning's row, nothing written.
        fields.put("slots[1].capacity", "1");
        mvc.perform(form("/agenda/" + event + "/modifier", agent, fields))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "eventForm", "slots[1].capacity", "event.slot.capacity.belowSeated"))
                .andExpect(content().string(containsString("2 places sont déjà prises sur ce créneau")));
        assertThat(jdbc.sql("select capacity from event_slot where uid = :uid")
                        .param("uid", uids.get(0))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // One more place in the afternoon: the person waiting for it gets it, and hears so.
        fields.put("slots[1].capacity", "2");
        fields.put("slots[0].capacity", "2");
        mvc.perform(form("/agenda/" + event + "/modifier", agent, fields)).andExpect(status().is3xxRedirection());
        assertThat(registrations.byToken(later.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Mails.awaitMail(greenMail, waiting, "Une place s’est libérée");
    }

    private static RegistrationDraft onSession(String email, String session) {
        return new RegistrationDraft("Personne " + email, email, null, null, Map.of(), true, List.of(session));
    }

    private int capacity(UUID event) {
        return jdbc.sql("select capacity from event where id = :id")
                .param("id", event)
                .query(Integer.class)
                .single();
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        return fr.passerelle.testing.Calendars.strictlyValid(Mails.attachment(mail, "evenement.ics"));
    }
}
