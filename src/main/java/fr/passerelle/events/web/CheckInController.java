package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.AttendanceCertificates;
import fr.passerelle.events.internal.CheckIns;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checking in at the door (pointage), from the organiser's phone: the camera reads the QR code of the confirmation
 * e-mail where the browser can (BarcodeDetector), the code printed beneath it is typed otherwise; each answer says
 * who was checked in, or why not. And the attendance certificates of those present.
 */
@Controller
record CheckInController(
        Events events, CheckIns checkIns, AttendanceCertificates certificates, MessageSource messages) {

    @GetMapping("/agenda/{id}/participants/pointage")
    String page(
            @PathVariable UUID id,
            @RequestParam(name = "seance", required = false) String session,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        String chosen = chosen(event, session);
        model.addAttribute("event", event);
        model.addAttribute("chosenSession", chosen);
        model.addAttribute(
                "sessions",
                event.slots().stream()
                        .map(slot -> java.util.List.of(slot.uid(), SessionOptions.when(slot)))
                        .toList());
        model.addAttribute("attendanceOpen", event.attendanceOpen(OffsetDateTime.now()));
        model.addAttribute("checkedIn", checkIns.checkedIn(user, id, chosen));
        return "events/checkin";
    }

    @PostMapping("/agenda/{id}/participants/pointage")
    String checkIn(
            @PathVariable UUID id,
            @RequestParam(name = "seance", required = false) String session,
            @RequestParam(defaultValue = "") String code,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            CheckIns.Answer answer = checkIns.checkIn(user, id, session, code, OffsetDateTime.now());
            boolean done = answer.outcome() == CheckIns.Outcome.CHECKED_IN;
            redirect.addFlashAttribute(done ? "checkinDone" : "checkinProblem", text(answer));
            if (!done) {
                redirect.addFlashAttribute("typedCode", code.length() > 40 ? code.substring(0, 40) : code);
            }
        } catch (EventRejectedException rejected) {
            redirect.addFlashAttribute(
                    "checkinProblem",
                    messages.getMessage(rejected.breaches().get(0).messageKey(), null, Locale.FRENCH));
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/agenda/{id}/participants/pointage")
                        .queryParamIfPresent("seance", java.util.Optional.ofNullable(session))
                        .buildAndExpand(id)
                        .encode()
                        .toUriString()
                + "#pointage";
    }

    @GetMapping("/agenda/{id}/participants/{registration}/attestation.pdf")
    ResponseEntity<byte[]> certificate(
            @PathVariable UUID id, @PathVariable UUID registration, @AuthenticationPrincipal AccountUser user) {
        byte[] pdf =
                certificates.of(user, id, registration).orElseThrow(() -> new EventNotFoundException(registration));
        return file(pdf, MediaType.APPLICATION_PDF, "attestation.pdf");
    }

    @GetMapping("/agenda/{id}/participants/attestations.zip")
    ResponseEntity<byte[]> certificates(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return file(certificates.zip(user, id), MediaType.parseMediaType("application/zip"), "attestations.zip");
    }

    /** The person's own certificate, from the link of their e-mails, once they were marked present. */
    @GetMapping("/agenda/inscriptions/{token}/attestation.pdf")
    ResponseEntity<byte[]> ownCertificate(@PathVariable String token) {
        byte[] pdf = certificates.forLink(token).orElseThrow(() -> new EventNotFoundException("link"));
        return file(pdf, MediaType.APPLICATION_PDF, "attestation-de-presence.pdf");
    }

    private String text(CheckIns.Answer answer) {
        String key = "checkin.outcome." + answer.outcome().name().toLowerCase(Locale.ROOT);
        return messages.getMessage(key, new Object[] {answer.name()}, Locale.FRENCH);
    }

    /** The session asked when it is one of the event's, else the one under way or next, else the first. */
    private static String chosen(Event event, String asked) {
        if (event.slots().stream().anyMatch(slot -> slot.uid().equals(asked))) {
            return asked;
        }
        OffsetDateTime now = OffsetDateTime.now();
        return event.slots().stream()
                .filter(slot -> slot.endsAt().isAfter(now))
                .findFirst()
                .orElse(event.slots().get(0))
                .uid();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
