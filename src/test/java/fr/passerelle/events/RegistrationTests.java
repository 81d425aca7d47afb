package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.ParticipantMails;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.SurveyInvitations;
import fr.passerelle.events.internal.Surveys;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;

/**
 * Registrations from the outside: a held seat confirmed by its e-mail's link; the waitlist in order, promoted on a
 * cancellation, each told by e-mail with a calendar file a calendar library reads; every mistake said in French; the
 * API's statuses; the agenda and its feeds. (That concurrency never overbooks is {@link EventsModuleTests}'s.)
 */
@PlatformTest
class RegistrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.accounts.Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private UUID event(int capacity, String title) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(10).withNano(0);
        return events.record(new EventDraft(
                EventKind.FORMATION,
                title,
                "Un programme.",
                "Agents de développement.",
                List.of(EventAudience.AGENTS_DEVELOPPEMENT),
                null,
                null,
                null,
                null,
                EventMode.HYBRIDE,
                "Die",
                null,
                "https://visio.example/salle-secrete",
                capacity,
                null,
                null,
                false,
                List.of(),
                List.of(
                        new Event.Slot(start, start.plusHours(3)),
                        new Event.Slot(start.plusHours(4), start.plusHours(7))),
                List.of(new Event.Question(1, "Votre structure et votre rôle", true))));
    }

    private static RegistrationDraft person(String email) {
        return new RegistrationDraft("Personne " + email, email, "CC du Diois", "Agent", Map.of(1, "Accueil"), true);
    }

    @Test
    void aCancellationPromotesTheFirstWaitlistedWhoIsToldWithACalendarFile() throws Exception {
        UUID event = event(1, "Une seule place " + UUID.randomUUID());
        String first = Sessions.uniqueEmail("premiere");
        String second = Sessions.uniqueEmail("seconde");
        String third = Sessions.uniqueEmail("troisieme");
        RegistrationReceipt place = registrations.register(event, person(first));
        assertThat(place.status()).isEqualTo(RegistrationStatus.HELD);
        RegistrationReceipt waiting = registrations.register(event, person(second));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.register(event, person(third)).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.confirm(place.token())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.confirm(waiting.token())).isEqualTo(RegistrationStatus.WAITLISTED);

        MimeMessage confirmation = Mails.awaitMail(greenMail, first, "Inscription confirmée");
        // Every e-mail is identified at the platform's domain, not the machine's.
        assertThat(confirmation.getMessageID()).matches("<[0-9a-f-]{36}@localhost>");
        Calendar invitation = calendarOf(confirmation);
        List<VEvent> slots = invitation.getComponents("VEVENT");
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).getSummary().getValue()).startsWith("Une seule place");
        assertThat(invitation.toString()).contains("https://visio.example/salle-secrete");
        assertThat(Mails.awaitMail(greenMail, second, "Liste d’attente")
                        .getContent()
                        .toString())
                .contains("/agenda/inscriptions/");

        // Cancelling asks first, and says what the person gives up: a seat, or their place in the queue.
        mvc.perform(get("/agenda/inscriptions/" + place.token()))
                .andExpect(content().string(containsString("/agenda/inscriptions/" + place.token() + "/annuler")));
        mvc.perform(get("/agenda/inscriptions/" + place.token() + "/annuler"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Annuler votre inscription"),
                                containsString("laisser la place à une personne en liste d’attente"),
                                containsString("Oui, annuler mon inscription"),
                                containsString("Non, garder mon inscription"))));
        mvc.perform(get("/agenda/inscriptions/" + waiting.token() + "/annuler"))
                .andExpect(content()
                        .string(allOf(
                                containsString("vous quittez la file"),
                                containsString("Non, rester sur la liste d’attente"),
                                org.hamcrest.Matchers.not(containsString("laisser la place")))));
        mvc.perform(get("/agenda/inscriptions/" + waiting.token()))
                .andExpect(content()
                        .string(allOf(
                                containsString("vous quittez la file"),
                                org.hamcrest.Matchers.not(containsString("laisser la place")))));
        assertThat(registrations.confirmed(event)).isEqualTo(1);
        mvc.perform(post("/agenda/inscriptions/" + place.token() + "/annuler").with(csrf()))
                .andExpect(flash().attribute("notice", "registration.cancelled"));
        // Once cancelled, the confirmation step leads back to the registration's page.
        mvc.perform(get("/agenda/inscriptions/" + place.token() + "/annuler"))
                .andExpect(redirectedUrl("/agenda/inscriptions/" + place.token()));
        MimeMessage promoted = Mails.awaitMail(greenMail, second, "Une place s’est libérée");
        assertThat(calendarOf(promoted).getComponents("VEVENT")).hasSize(2);
        assertThat(registrations.confirmed(event)).isEqualTo(1);
        assertThat(jdbc.sql("select status from registration where lower(email) = lower(:e)")
                        .param("e", third)
                        .query(String.class)
                        .single())
                .isEqualTo("waitlisted");
        // Cancelling twice changes nothing more.
        assertThat(registrations.cancel(place.token())).isFalse();
        assertThat(registrations.confirmed(event)).isEqualTo(1);
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        return fr.passerelle.testing.Calendars.strictlyValid(Mails.attachment(mail, "evenement.ics"));
    }

    @Test
    void everyMistakeIsSaidInFrenchAndTheApiAnswersWithStatuses() throws Exception {
        UUID event = event(2, "Deux places " + UUID.randomUUID());
        mvc.perform(post("/agenda/" + event + "/inscription")
                        .with(csrf())
                        .param("name", "X")
                        .param("email", "pas-une-adresse"))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "registrationForm",
                                FormErrorsMatcher.fieldErrors(Map.of(
                                        "name", "registration.name.length",
                                        "email", "registration.email.invalid",
                                        "answers[1]", "registration.answer.required",
                                        "consent", "registration.consent.required"))))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "registrationForm",
                                FormErrorsMatcher.typed("name", "X")));
        String email = Sessions.uniqueEmail("api");
        String body = "{\"name\":\"Nora Api\",\"email\":\"" + email
                + "\",\"organisation\":\"BGE\",\"answers\":{\"1\":\"Accueil\"},\"consent\":true}";
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("held"))
                .andExpect(jsonPath("$.confirmBy").exists());
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("held"));
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"email\":\"x\"}"))
                .andExpect(status().isBadRequest());
        jdbc.sql(
                        "update event set registration_closes_at = now() - interval '1 minute', registration_opens_at = now() - interval '2 days' where id = :id")
                .param("id", event)
                .update();
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(email, Sessions.uniqueEmail("tard"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Inscriptions closes"))
                .andExpect(jsonPath("$.detail").value("Les inscriptions à cet événement sont closes."));
        mvc.perform(post("/api/v1/events/" + UUID.randomUUID() + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAgendaListsUpcomingEventsWithTheirDataAndFeeds() throws Exception {
        mvc.perform(get("/agenda"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vivre et travailler à la campagne : les territoires qui accueillent"),
                                containsString("Webconférence – Les offres d’activité qualifiées"))));
        mvc.perform(get("/agenda").param("month", "2021-05"))
                .andExpect(content().string(containsString("Collectifs citoyens et développement local")));
        mvc.perform(get("/agenda").param("vue", "mois").param("month", "2021-05"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Agenda\u00a0: Mai 2021"),
                                containsString("Collectifs citoyens et développement local"),
                                containsString("Mois suivant"))));
        // A two-day session shows on both days; the filters carry over to the next month.
        String november = mvc.perform(get("/agenda")
                        .param("vue", "mois")
                        .param("month", "2017-11")
                        .param("kind", "formation"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(november.split("Adapter son accompagnement aux porteurs de projets collectifs", -1))
                .hasSize(3);
        assertThat(november).contains("vue=mois&amp;kind=formation&amp;month=2017-12");
        // The 2016 information session had about 25 participants, 6 of them partners.
        assertThat(jdbc.sql(
                                """
                        select count(*) filter (where r.status = 'attended') || '/' || count(*) filter (where r.organisation is not null)
                        from registration r join event e on e.id = r.event_id
                        where e.title like 'Vivre et travailler à la campagne : session d’information%'
                        """)
                        .query(String.class)
                        .single())
                .isEqualTo("25/6");
        mvc.perform(get("/agenda").param("online", "true").param("month", "2017-11"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Organiser l’accueil de porteurs de projets sur son territoire"),
                                org.hamcrest.Matchers.not(containsString("Adapter son accompagnement")))));
        UUID session = jdbc.sql("select id from event where title like 'Collectifs citoyens%'")
                .query(UUID.class)
                .single();
        mvc.perform(get("/agenda/" + session))
                .andExpect(content()
                        .string(allOf(
                                containsString("application/ld+json"),
                                containsString("\"@type\":\"Event\""),
                                containsString("OnlineEventAttendanceMode"),
                                org.hamcrest.Matchers.not(containsString("visio.example")))));
        String feed = mvc.perform(get("/agenda.ics").param("month", "2021-05"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar calendar = fr.passerelle.testing.Calendars.strictlyValid(feed);
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
        assertThat(feed).doesNotContain("visio.example");
        String one = mvc.perform(get("/api/v1/events/" + session + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fr.passerelle.testing.Calendars.strictlyValid(one).getComponents("VEVENT"))
                .hasSize(2);
        mvc.perform(get("/api/v1/events").param("month", "2016-06"))
                .andExpect(jsonPath("$.items[0].title").value(containsString("Salon des entrepreneurs de Lyon")));
        mvc.perform(get("/api/v1/events").param("kind", "concert")).andExpect(status().isBadRequest());
    }

    @Test
    void organisersSeeTheParticipantsMarkAttendanceExportWriteApproveAndRemind() throws Exception {
        UUID event = event(3, "Atelier des organisateurs " + UUID.randomUUID());
        String present = Sessions.uniqueEmail("presente");
        String formula = Sessions.uniqueEmail("formule");
        RegistrationReceipt first = registrations.register(event, person(present));
        RegistrationReceipt second = registrations.register(
                event, new RegistrationDraft("=SOMME(A1:A2)", formula, "@risque", null, Map.of(1, "+1"), true));
        registrations.confirm(first.token());
        registrations.confirm(second.token());
        String unconfirmed = Sessions.uniqueEmail("reservee");
        RegistrationReceipt held = registrations.register(event, person(unconfirmed));
        jakarta.servlet.http.Cookie coordinator = coordinator();
        String advisorEmail = Sessions.uniqueEmail("conseil");
        Sessions.user(accounts, advisorEmail, fr.passerelle.accounts.Role.ADVISOR);
        jakarta.servlet.http.Cookie advisor = Sessions.signIn(mvc, advisorEmail);

        mvc.perform(get("/agenda/" + event + "/participants").cookie(advisor)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants.csv").cookie(advisor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(present),
                                containsString("2 / 3"),
                                containsString("Places réservées en attente de confirmation (1)"),
                                containsString(unconfirmed))));
        // Ten days before the event, attendance is not taken: the page says from when, and a mark is refused.
        mvc.perform(get("/agenda/" + event + "/participants").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("La présence se note à partir du jour de l’événement, le "),
                                org.hamcrest.Matchers.not(containsString("/presence")))));
        mvc.perform(post("/agenda/" + event + "/participants/" + first.id() + "/presence")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("present", "true"))
                .andExpect(flash().attribute("problem", "participants.attendance.tooEarly"));
        assertThat(jdbc.sql("select status from registration where id = :id")
                        .param("id", first.id())
                        .query(String.class)
                        .single())
                .isEqualTo("confirmed");
        begins(event, "now() - interval '1 hour'");
        mvc.perform(post("/agenda/" + event + "/participants/" + first.id() + "/presence")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("present", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));
        mvc.perform(post("/agenda/" + event + "/participants/" + first.id() + "/presence")
                        .cookie(advisor)
                        .with(csrf())
                        .param("present", "false"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from registration where id = :id")
                        .param("id", first.id())
                        .query(String.class)
                        .single())
                .isEqualTo("attended");
        byte[] csv = mvc.perform(get("/agenda/" + event + "/participants.csv").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith(
                        "\uFEFFNom;Adresse e-mail;Structure;Fonction;Statut;Inscrit le;Votre structure et votre rôle");
        assertThat(text).contains("'=SOMME(A1:A2)", "'@risque", "'+1", "Présent·e", "Place réservée, à confirmer");
        // The sessions each person registered for, in the last column: both sessions of this event, by their days.
        Event shown = events.event(event).orElseThrow();
        java.time.format.DateTimeFormatter day =
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH'h'mm", java.util.Locale.FRENCH);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(";Votre structure et votre rôle;Séances");
        assertThat(text.lines()
                        .filter(line -> line.contains(present))
                        .findFirst()
                        .orElseThrow())
                .contains(shown.slots().stream()
                        .map(slot -> day.format(slot.startsAt().atZoneSameInstant(fr.passerelle.common.Paris.ZONE)))
                        .toList());

        mvc.perform(post("/agenda/" + event + "/participants/message")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("subject", "")
                        .param("message", "Court"))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "messageForm",
                                FormErrorsMatcher.fieldErrors(Map.of(
                                        "subject", "participants.subject.length",
                                        "message", "participants.message.length"))))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "messageForm",
                                FormErrorsMatcher.typed("message", "Court")));
        mvc.perform(post("/agenda/" + event + "/participants/message")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("subject", "Plan d’accès")
                        .param("message", "La salle est au premier étage, à gauche en entrant."))
                .andExpect(flash().attribute("notice", "participants.written"));
        assertThat(Mails.awaitMail(greenMail, present, "Plan d’accès")
                        .getContent()
                        .toString())
                .contains("premier étage");
        assertThat(Mails.count(greenMail, unconfirmed, "Plan d’accès")).isZero();

        // Two days before: one reminder per event.
        jdbc.sql("update event set starts_at = now() + interval '1 day' where id = :id")
                .param("id", event)
                .update();
        ScheduledJobs.runTwiceAtOnce(context, ParticipantMails.class, "everyHour");
        ScheduledJobs.run(context, ParticipantMails.class, "everyHour");
        assertThat(Mails.count(greenMail, present, "Rappel")).isEqualTo(1);

        // With approval on, registrations wait for the organisers; the person confirms their address meanwhile.
        registrations.cancel(held.token());
        jdbc.sql("update event set approval_required = true where id = :id")
                .param("id", event)
                .update();
        String waiting = Sessions.uniqueEmail("validation");
        RegistrationReceipt pending = registrations.register(event, person(waiting));
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        Mails.awaitMail(greenMail, waiting, "Inscription reçue");
        assertThat(registrations.confirm(pending.token())).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        mvc.perform(post("/agenda/" + event + "/participants/" + pending.id() + "/valider")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "participants.approved.confirmed"));
        Mails.awaitMail(greenMail, waiting, "Inscription confirmée");

        // Or the organisers refuse it: a reason too long is refused and kept; the person is told, with the reason.
        String refused = Sessions.uniqueEmail("refusee");
        RegistrationReceipt turnedDown = registrations.register(event, person(refused));
        mvc.perform(get("/agenda/" + event + "/participants").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("/participants/" + turnedDown.id() + "/refuser"),
                                containsString("Refuser l’inscription de Personne " + refused))));
        String tooLong = "x".repeat(1001);
        mvc.perform(post("/agenda/" + event + "/participants/" + turnedDown.id() + "/refuser")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("reason", tooLong))
                .andExpect(flash().attribute("problem", "participants.refuse.reason.length"))
                .andExpect(flash().attribute("reasonDraft", tooLong));
        mvc.perform(post("/agenda/" + event + "/participants/" + turnedDown.id() + "/refuser")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + event + "/participants/" + turnedDown.id() + "/refuser")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("reason", "Cette session est réservée aux agents des territoires du Diois."))
                .andExpect(flash().attribute("notice", "participants.refused"));
        String refusal = Mails.awaitMail(greenMail, refused, "Inscription non retenue")
                .getContent()
                .toString();
        assertThat(refusal)
                .contains("n’a pas pu retenir votre inscription")
                .contains("Son message\u00a0: Cette session est réservée aux agents des territoires du Diois.")
                .contains("http://localhost/agenda");
        mvc.perform(post("/agenda/" + event + "/participants/" + turnedDown.id() + "/refuser")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "participants.refused.already"));
        mvc.perform(post("/agenda/" + event + "/participants/" + pending.id() + "/refuser")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "participants.refused.already"));
        mvc.perform(get("/agenda/inscriptions/" + turnedDown.token()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Inscription refusée"),
                                containsString("n’a pas retenu cette inscription"),
                                org.hamcrest.Matchers.not(containsString("/annuler")))));
        // The address stays registered: typing it again does not put the person back in the queue.
        registrations.register(event, person(refused));
        assertThat(jdbc.sql("select count(*) from registration where event_id = :e and lower(email) = lower(:m)")
                        .param("e", event)
                        .param("m", refused)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Moves the event (its start and its slot) to begin at that SQL moment. */
    private void begins(UUID event, String moment) {
        jdbc.sql("update event_slot set ends_at = " + moment + " + (ends_at - starts_at), starts_at = " + moment
                        + " where event_id = :id")
                .param("id", event)
                .update();
        jdbc.sql("update event set starts_at = (select min(starts_at) from event_slot where event_id = :id)"
                        + " where id = :id")
                .param("id", event)
                .update();
    }

    /** A coordinator, signed in: organisers of every event. */
    private jakarta.servlet.http.Cookie coordinator() throws Exception {
        String email = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, email, fr.passerelle.accounts.Role.COORDINATOR);
        return Sessions.signIn(mvc, email);
    }

    private void present(jakarta.servlet.http.Cookie organiser, UUID event, UUID registration, boolean present)
            throws Exception {
        mvc.perform(post("/agenda/" + event + "/participants/" + registration + "/presence")
                        .cookie(organiser)
                        .with(csrf())
                        .param("present", String.valueOf(present)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void attendeesReceiveTheSurveyOnceTheDayAfterAndTheirAnswersMakeTheEventsResults() throws Exception {
        String title = "Session passée " + UUID.randomUUID();
        UUID event = event(5, title);
        String there = Sessions.uniqueEmail("presente");
        String absent = Sessions.uniqueEmail("absente");
        RegistrationReceipt came = registrations.register(event, person(there));
        RegistrationReceipt missed = registrations.register(event, person(absent));
        registrations.confirm(came.token());
        registrations.confirm(missed.token());
        // Before the event, the survey is not open: its page says so, and an answer is refused.
        mvc.perform(get("/agenda/inscriptions/" + came.token() + "/avis"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le questionnaire s’ouvre à la fin de l’événement"),
                                org.hamcrest.Matchers.not(containsString("name=\"satisfaction\"")))));
        mvc.perform(post("/agenda/inscriptions/" + came.token() + "/avis")
                        .with(csrf())
                        .param("satisfaction", "5"))
                .andExpect(flash().attribute("surveyError", "survey.tooEarly"));
        assertThat(surveys.results(event).answers()).isZero();
        jakarta.servlet.http.Cookie organiser = coordinator();
        // The last slot ended yesterday, a little more than a day ago.
        jdbc.sql(
                        "update event_slot set starts_at = starts_at - interval '11 days 8 hours', ends_at = ends_at - interval '11 days 8 hours' where event_id = :id")
                .param("id", event)
                .update();
        jdbc.sql("update event set starts_at = starts_at - interval '11 days 8 hours' where id = :id")
                .param("id", event)
                .update();
        present(organiser, event, came.id(), true);
        present(organiser, event, missed.id(), false);

        ScheduledJobs.runTwiceAtOnce(context, SurveyInvitations.class, "everyHour");
        ScheduledJobs.run(context, SurveyInvitations.class, "everyHour");
        assertThat(Mails.count(greenMail, there, "Votre avis sur «\u00a0" + title + "\u00a0»"))
                .isEqualTo(1);
        assertThat(Mails.count(greenMail, absent, "Votre avis")).isZero();
        String mail =
                Mails.awaitMail(greenMail, there, "Votre avis").getContent().toString();
        String link = "http://localhost/agenda/inscriptions/" + came.token() + "/avis";
        assertThat(mail)
                .contains("Bonjour Personne " + there)
                .contains("Merci d’avoir participé à «\u00a0" + title + "\u00a0»")
                .contains(link);
        mvc.perform(get(link.substring("http://localhost".length())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre avis sur la session")));

        mvc.perform(post("/agenda/inscriptions/" + came.token() + "/avis")
                        .with(csrf())
                        .param("satisfaction", "7"))
                .andExpect(flash().attribute("surveyError", "survey.satisfaction.required"));
        mvc.perform(post("/agenda/inscriptions/" + came.token() + "/avis")
                        .with(csrf())
                        .param("satisfaction", "4")
                        .param("useful", "Les exemples de territoires")
                        .param("willApply", "Un premier entretien plus ouvert"))
                .andExpect(flash().attribute("notice", "survey.thanks"));
        Surveys.Results results = surveys.results(event);
        assertThat(results.answers()).isEqualTo(1);
        assertThat(results.averageSatisfaction()).isEqualTo(4.0);
        assertThat(results.useful()).containsExactly("Les exemples de territoires");
    }

    @Test
    void aRegistrantChoosesTheirSessionsAndTheirEmailCarriesOnlyThoseWithTheirCheckInCode() throws Exception {
        OffsetDateTime day = nineOClockIn(12);
        UUID event = events.record(EventDrafts.ofSessions(
                EventKind.SESSION_INFORMATION,
                List.of(
                        new Event.Slot(day, day.plusHours(3), null, null),
                        new Event.Slot(day.plusHours(5), day.plusHours(8), null, null))));
        String afternoon = events.event(event).orElseThrow().slots().get(1).uid();
        mvc.perform(post("/agenda/" + event + "/inscription")
                        .with(csrf())
                        .param("name", "Aline Après-midi")
                        .param("email", Sessions.uniqueEmail("sans-seance"))
                        .param("consent", "true")
                        .param("sessionChoice", "true"))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "registrationForm",
                                FormErrorsMatcher.fieldErrors(Map.of("sessions", "registration.sessions.required"))));
        String email = Sessions.uniqueEmail("apres-midi");
        mvc.perform(post("/agenda/" + event + "/inscription")
                        .with(csrf())
                        .param("name", "Aline Après-midi")
                        .param("email", email)
                        .param("consent", "true")
                        .param("sessionChoice", "true")
                        .param("sessions", afternoon))
                .andExpect(flash().attribute("registered", "confirmed"));

        MimeMessage confirmation = Mails.awaitMail(greenMail, email, "Inscription confirmée");
        List<VEvent> sessions = calendarOf(confirmation).getComponents("VEVENT");
        assertThat(sessions).singleElement().satisfies(session -> assertThat(
                        session.getUid().orElseThrow().getValue())
                .isEqualTo(afternoon));
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile(
                        "ce code[\\s\u00a0\u202f]*: ([0-9A-Z]{5}-[0-9A-Z]{5})")
                .matcher(Mails.text(confirmation));
        assertThat(printed.find())
                .as("the code is printed for those who cannot scan")
                .isTrue();
        assertThat(qrCodeOf(confirmation, "code-pointage.png")).isEqualTo(printed.group(1));
    }

    @Test
    void organisersCancelOneSessionItsRegistrantsAreToldAndFreedAndItTakesNoMoreRegistrations() throws Exception {
        OffsetDateTime day = nineOClockIn(14);
        UUID event = events.record(EventDrafts.ofSessions(
                EventKind.SESSION_INFORMATION,
                List.of(
                        new Event.Slot(day, day.plusHours(3), null, 5),
                        new Event.Slot(day.plusHours(5), day.plusHours(8), null, 5),
                        new Event.Slot(day.plusDays(1), day.plusDays(1).plusHours(3), null, 1))));
        List<String> uids = sessionUids(event);
        String both = Sessions.uniqueEmail("deux-seances");
        String afternoonOnly = Sessions.uniqueEmail("apres-midi-seule");
        registrations.confirm(registrations
                .register(event, onSessions(both, uids.get(0), uids.get(1)))
                .token());
        registrations.confirm(registrations
                .register(event, onSessions(afternoonOnly, uids.get(1)))
                .token());
        jakarta.servlet.http.Cookie coordinator = coordinator();
        // Neither a territory agent who did not publish the event nor an advisor may cancel one of its sessions.
        for (fr.passerelle.accounts.Role outsider :
                List.of(fr.passerelle.accounts.Role.TERRITORY_AGENT, fr.passerelle.accounts.Role.ADVISOR)) {
            String email = Sessions.uniqueEmail("autre-organisateur");
            Sessions.user(accounts, email, outsider);
            mvc.perform(post("/agenda/" + event + "/participants/seances/annuler")
                            .cookie(Sessions.signIn(mvc, email))
                            .with(csrf())
                            .param("session", uids.get(1)))
                    .andExpect(status().isNotFound());
        }
        assertThat(events.event(event).orElseThrow().slots().get(1).cancelled())
                .as("an outsider's request leaves the session open")
                .isFalse();

        mvc.perform(post("/agenda/" + event + "/participants/seances/annuler")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("session", uids.get(1))
                        .param("reason", "La salle n’est plus libre l’après-midi."))
                .andExpect(flash().attribute("notice", "event.session.cancel.done"));

        // The one registered for that session alone loses their registration; both get the CANCEL of that session.
        MimeMessage alone = Mails.awaitMail(greenMail, afternoonOnly, "Séance annulée");
        assertThat(Mails.text(alone))
                .contains("La salle n’est plus libre l’après-midi.", "votre inscription est annulée");
        Calendar cancel = fr.passerelle.testing.Calendars.strictlyValid(Mails.attachment(alone, "annulation.ics"));
        assertThat(cancel.toString()).contains("METHOD:CANCEL");
        assertThat(cancel.<VEvent>getComponents("VEVENT")).singleElement().satisfies(session -> assertThat(
                        session.getUid().orElseThrow().getValue())
                .isEqualTo(uids.get(1)));
        assertThat(Mails.text(Mails.awaitMail(greenMail, both, "Séance annulée")))
                .contains("Vos autres séances restent prévues");
        assertThat(statusOf(afternoonOnly)).isEqualTo("cancelled");
        assertThat(statusOf(both)).isEqualTo("confirmed");
        assertThat(jdbc.sql(
                                """
                                select count(*) from registration_session rs join registration r on r.id = rs.registration_id
                                where rs.slot_uid = :uid and r.status = 'confirmed'
                                """)
                        .param("uid", uids.get(1))
                        .query(Integer.class)
                        .single())
                .isZero();

        // Shown cancelled, not removed; refused to new registrations, from the form and from the API.
        mvc.perform(get("/agenda/" + event)).andExpect(content().string(containsString("séance annulée")));
        mvc.perform(post("/agenda/" + event + "/inscription")
                        .with(csrf())
                        .param("name", "Lina Tardive")
                        .param("email", Sessions.uniqueEmail("tardive"))
                        .param("consent", "true")
                        .param("sessionChoice", "true")
                        .param("sessions", uids.get(1)))
                .andExpect(flash().attribute(
                                BindingResult.MODEL_KEY_PREFIX + "registrationForm",
                                FormErrorsMatcher.fieldErrors(Map.of("sessions", "registration.sessions.cancelled"))));
        apiRegistration(event, "api-annulee", uids.get(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Une séance cochée est annulée\u00a0: choisissez-en une autre."));
        apiRegistration(event, "api-inconnue", "inconnue@passerelle").andExpect(status().isBadRequest());
        apiRegistration(event, "api-place", uids.get(2))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("held"));
        apiRegistration(event, "api-complet", uids.get(2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Séance complète"))
                .andExpect(jsonPath("$.session").value(uids.get(2)));
        assertThat(jdbc.sql("select count(*) from registration where event_id = :event and email like 'api-complet%'")
                        .param("event", event)
                        .query(Integer.class)
                        .single())
                .as("a refused registration leaves nothing behind")
                .isZero();

        // Cancelled again: nothing changes; the last session left is the event's to cancel.
        mvc.perform(post("/agenda/" + event + "/participants/seances/annuler")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("session", uids.get(1)))
                .andExpect(flash().attribute("notice", "event.session.cancel.already"));
        mvc.perform(post("/agenda/" + event + "/participants/seances/annuler")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("session", uids.get(0)))
                .andExpect(flash().attribute("notice", "event.session.cancel.done"));
        mvc.perform(post("/agenda/" + event + "/participants/seances/annuler")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("session", uids.get(2)))
                .andExpect(flash().attribute("problem", "event.session.cancel.last"))
                .andExpect(flash().attribute("problemId", uids.get(2)));
    }

    @Test
    void theSessionsOfACancelledOrRefusedRegistrationSayItsStatusNotAConfirmedPlace() throws Exception {
        OffsetDateTime day = nineOClockIn(20);
        UUID event = events.record(EventDrafts.ofSessions(
                EventKind.SESSION_INFORMATION,
                List.of(
                        new Event.Slot(day, day.plusHours(3), null, 5),
                        new Event.Slot(day.plusHours(5), day.plusHours(8), null, 5))));
        List<String> uids = sessionUids(event);
        String kept = Sessions.uniqueEmail("seances-gardees");
        registrations.confirm(registrations
                .register(event, onSessions(kept, uids.get(0), uids.get(1)))
                .token());
        RegistrationReceipt gone =
                registrations.register(event, onSessions(Sessions.uniqueEmail("annulee"), uids.get(0)));
        registrations.confirm(gone.token());
        registrations.cancel(gone.token());
        jdbc.sql("update event set approval_required = true where id = :id")
                .param("id", event)
                .update();
        RegistrationReceipt turnedDown =
                registrations.register(event, onSessions(Sessions.uniqueEmail("refusee"), uids.get(1)));
        jakarta.servlet.http.Cookie coordinator = coordinator();
        mvc.perform(post("/agenda/" + event + "/participants/" + turnedDown.id() + "/refuser")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "participants.refused"));

        String page = mvc.perform(get("/agenda/" + event + "/participants").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(participantOf(page, gone.id()))
                .contains(": Inscription annulée")
                .doesNotContain("place confirmée");
        assertThat(participantOf(page, turnedDown.id()))
                .contains(": Inscription refusée")
                .doesNotContain("place confirmée");
        String text = new String(
                mvc.perform(get("/agenda/" + event + "/participants.csv").cookie(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lineOf(text, gone.id())).endsWith("(Inscription annulée)");
        assertThat(lineOf(text, turnedDown.id())).endsWith("(Inscription refusée)");
        assertThat(lineOf(text, kept)).doesNotContain("(");
        assertThat(page).contains("place confirmée");
    }

    /** The participant's entry on the participants page, up to the next one. */
    private static String participantOf(String page, UUID registration) {
        int start = page.indexOf("id=\"p-" + registration + "\"");
        assertThat(start).as("the participant is on the page").isPositive();
        int end = page.indexOf("class=\"hit participant\"", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** The CSV line of the registration of that id or address. */
    private String lineOf(String csv, Object registration) {
        String email = registration instanceof UUID id
                ? jdbc.sql("select email from registration where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single()
                : registration.toString();
        return csv.lines().filter(line -> line.contains(email)).findFirst().orElseThrow();
    }

    /** Nine in the morning, that many days from now. */
    private static OffsetDateTime nineOClockIn(int days) {
        return OffsetDateTime.now()
                .plusDays(days)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
    }

    /** The UIDs of the event's sessions, in its order. */
    private List<String> sessionUids(UUID event) {
        return events.event(event).orElseThrow().slots().stream()
                .map(Event.Slot::uid)
                .toList();
    }

    private static RegistrationDraft onSessions(String email, String... sessions) {
        return new RegistrationDraft("Personne " + email, email, null, null, Map.of(), true, List.of(sessions));
    }

    private String statusOf(String email) {
        return jdbc.sql("select status from registration where lower(email) = lower(:e)")
                .param("e", email)
                .query(String.class)
                .single();
    }

    private org.springframework.test.web.servlet.ResultActions apiRegistration(UUID event, String who, String session)
            throws Exception {
        return mvc.perform(post("/api/v1/events/" + event + "/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Api " + who + "\",\"email\":\"" + Sessions.uniqueEmail(who)
                        + "\",\"consent\":true,\"sessions\":[\"" + session + "\"]}"));
    }

    /** The text of the QR image attached under that name, read by ZXing. */
    private static String qrCodeOf(MimeMessage mail, String fileName) throws Exception {
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("image/png");
                return fr.passerelle.testing.QrCodes.read(part.getInputStream());
            }
        }
        throw new AssertionError("No image " + fileName + " attached to " + mail.getSubject());
    }
}
