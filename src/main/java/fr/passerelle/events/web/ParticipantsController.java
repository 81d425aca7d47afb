package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Paris;
import fr.passerelle.common.SpreadsheetCells;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.Participants;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.SessionCancellations;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' page of an event: the participants, approving the pending ones, attendance marked from a phone at
 * the door, the list as a CSV file for French spreadsheets, and a message to the participants.
 */
@Controller
record ParticipantsController(
        Participants participants,
        Registrations registrations,
        Events events,
        MessageSource messages,
        fr.passerelle.events.internal.Surveys surveys,
        SessionCancellations cancellations) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @GetMapping("/agenda/{id}/participants")
    String list(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        List<Participants.Participant> list = participants.of(user, id);
        model.addAttribute("event", event);
        model.addAttribute("attendanceOpen", event.attendanceOpen(java.time.OffsetDateTime.now()));
        model.addAttribute("participants", list.stream().filter(p -> !held(p)).toList());
        model.addAttribute(
                "held", list.stream().filter(ParticipantsController::held).toList());
        model.addAttribute("confirmed", registrations.confirmed(id));
        model.addAttribute("survey", surveys.results(id));
        model.addAttribute(
                "attended",
                list.stream()
                        .filter(p -> p.status() == RegistrationStatus.ATTENDED)
                        .count());
        model.addAttribute("sessionFigures", participants.sessionFigures(user, event));
        Map<String, String> labels = new java.util.HashMap<>();
        event.slots().forEach(slot -> labels.put(slot.uid(), SessionOptions.when(slot)));
        model.addAttribute("sessionLabels", labels);
        model.addAttribute("sessionsOf", participants.sessionsOf(user, event));
        model.mergeAttributes(Map.of("messageForm", MessageForm.empty()));
        return "events/participants";
    }

    @PostMapping("/agenda/{id}/participants/{registration}/presence")
    String attendance(
            @PathVariable UUID id,
            @PathVariable UUID registration,
            @RequestParam boolean present,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "problem").tried(() -> participants.attendance(user, id, registration, present));
        return "redirect:/agenda/" + id + "/participants#p-" + registration;
    }

    @PostMapping("/agenda/{id}/participants/{registration}/refuser")
    String refuse(
            @PathVariable UUID id,
            @PathVariable UUID registration,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        return withReason(
                redirect,
                id,
                registration,
                reason,
                () -> participants.refuse(user, id, registration, reason)
                        ? "participants.refused"
                        : "participants.refused.already",
                "#p-" + registration);
    }

    /** Cancels one session (by UID) with the organisers' reason; a refusal comes back beside that session's form. */
    @PostMapping("/agenda/{id}/participants/seances/annuler")
    String cancelSession(
            @PathVariable UUID id,
            @RequestParam String session,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        return withReason(
                redirect,
                id,
                session,
                reason,
                () -> cancellations.cancel(user, id, session, reason)
                        ? "event.session.cancel.done"
                        : "event.session.cancel.already",
                "#seances");
    }

    /**
     * An organiser's action given with a reason (refusing a registration, cancelling a session), whose answer is the
     * notice to say; refused, its problem and the reason typed come back beside the item acted on, at that anchor.
     */
    private static String withReason(
            RedirectAttributes redirect,
            UUID id,
            Object item,
            String reason,
            java.util.function.Supplier<String> action,
            String anchor) {
        boolean done = PageAnswers.of(redirect, "problem")
                .keeping("problemId", item)
                .keeping("reasonDraft", reason)
                .told(action);
        return "redirect:/agenda/" + id + "/participants" + (done ? "" : anchor);
    }

    @PostMapping("/agenda/{id}/participants/{registration}/valider")
    String approve(
            @PathVariable UUID id,
            @PathVariable UUID registration,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice",
                "participants.approved."
                        + participants.approve(user, id, registration).code());
        return "redirect:/agenda/" + id + "/participants";
    }

    @PostMapping("/agenda/{id}/participants/message")
    String write(
            @PathVariable UUID id,
            @ModelAttribute("messageForm") MessageForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.sent(
                redirect,
                errors,
                () -> participants.write(user, id, form.subject(), form.message()),
                "participants.written");
        return "redirect:/agenda/" + id + "/participants#write-message";
    }

    @GetMapping("/agenda/{id}/participants.csv")
    void csv(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, HttpServletResponse response)
            throws IOException {
        List<Participants.Participant> list = participants.of(user, id);
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"participants-" + id + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new java.util.ArrayList<>(
                List.of("Nom", "Adresse e-mail", "Structure", "Fonction", "Statut", "Inscrit le"));
        event.questions().forEach(question -> header.add(question.label()));
        header.add("Séances");
        Map<UUID, List<Participants.SessionMark>> sessions = participants.sessionsOf(user, event);
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer)) {
            for (Participants.Participant p : list) {
                List<String> row = new java.util.ArrayList<>(List.of(
                        safe(p.name()),
                        safe(p.email()),
                        safe(p.organisation()),
                        safe(p.role()),
                        messages.getMessage(p.status().messageKey(), null, Locale.FRENCH),
                        DAY.format(p.createdAt().atZoneSameInstant(Paris.ZONE))));
                event.questions()
                        .forEach(question -> row.add(safe(p.answers().get(String.valueOf(question.position())))));
                row.add(sessionsCell(event, sessions.get(p.id())));
                csv.printRecord(row);
            }
        }
    }

    /**
     * The sessions a person registered for, each with its day and hours; those they hold no place on say why (waiting,
     * or the registration's status when it was cancelled or refused).
     */
    private String sessionsCell(Event event, List<Participants.SessionMark> marks) {
        if (marks == null) {
            return event.slots().stream().map(SessionOptions::when).collect(Collectors.joining(" | "));
        }
        return marks.stream()
                .map(mark -> SessionOptions.when(mark.slot())
                        + (mark.holdsPlace()
                                ? ""
                                : " (" + messages.getMessage(mark.messageKey(), null, Locale.FRENCH) + ")"))
                .collect(Collectors.joining(" | "));
    }

    private static boolean held(Participants.Participant participant) {
        return participant.status() == RegistrationStatus.HELD;
    }

    /** A cell a spreadsheet will not read as a formula, whatever follows its first character (lines included). */
    private static String safe(String value) {
        return SpreadsheetCells.guarded(value);
    }
}
