package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.programmes.internal.ActionDraft;
import fr.passerelle.programmes.internal.ActionKind;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeAction;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import fr.passerelle.programmes.internal.ProgrammeRejectedException;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' programmes: the list, a new programme, a programme's page with its report and its actions, an
 * action's report; each report as a PDF and a spreadsheet; what the coordinator writes beside the figures.
 */
@Controller
class ProgrammeController {
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Programmes programmes;
    private final ProgrammeReports reports;
    private final ReportDocuments files;
    private final Events events;
    private final Directory directory;
    private final Groups groups;

    ProgrammeController(
            Programmes programmes,
            ProgrammeReports reports,
            ReportDocuments files,
            Events events,
            Directory directory,
            Groups groups) {
        this.programmes = programmes;
        this.reports = reports;
        this.files = files;
        this.events = events;
        this.directory = directory;
        this.groups = groups;
    }

    @GetMapping("/programmes")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("programmes", programmes.all(user));
        return "programmes/list";
    }

    @GetMapping("/programmes/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        programmes.all(user);
        return form(model, new HashMap<>(), Map.of());
    }

    @PostMapping("/programmes/nouvelle")
    String create(
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ProgrammeDraft draft = programmeDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                UUID id = programmes.create(user, draft);
                redirect.addFlashAttribute("notice", "programme.created");
                return "redirect:/programmes/" + id;
            }
            programmes.check(draft);
        } catch (ProgrammeRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        return form(model, kept, errors);
    }

    @GetMapping("/programmes/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        Map<String, String> form = new HashMap<>();
        form.put("name", programme.name());
        form.put("firstYear", String.valueOf(programme.firstYear()));
        form.put("lastYear", String.valueOf(programme.lastYear()));
        form.put("lead", leadName(programme));
        form.put("team", programme.team());
        form.put("steeringCommittee", programme.steeringCommittee());
        form.put("partners", programme.partners());
        form.put("funders", String.join("\n", programme.funders()));
        form.put("objectives", String.join("\n", programme.objectives()));
        form.put("description", programme.description());
        model.addAttribute("editing", programme);
        return form(model, form, Map.of());
    }

    @PostMapping("/programmes/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programmes.programme(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        ProgrammeDraft draft = programmeDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                programmes.update(user, id, draft);
                redirect.addFlashAttribute("notice", "programme.updated");
                return "redirect:/programmes/" + id;
            }
            programmes.check(id, draft);
        } catch (ProgrammeRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        model.addAttribute("editing", programme);
        return form(model, kept, errors);
    }

    @PostMapping("/programmes/actions/{id}/retirer")
    String removeAction(
            @PathVariable UUID id,
            @RequestParam(name = "confirm", required = false) String confirm,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        ProgrammeAction action = programmes.action(user, id);
        if (!"true".equals(confirm)) {
            redirect.addFlashAttribute("removeError", true);
            return "redirect:/programmes/actions/" + id;
        }
        UUID programme = programmes.removeAction(user, id);
        redirect.addFlashAttribute("notice", "programme.action.removed");
        redirect.addFlashAttribute("removedTitle", action.title());
        return "redirect:/programmes/" + programme;
    }

    @GetMapping("/programmes/{id:[0-9a-f\\-]{36}}")
    String programme(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("report", reports.programme(user, id));
        model.addAttribute("lead", leadName(programme));
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("candidates", candidates(programme));
        model.addAttribute("groups", groups.all());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new HashMap<String, String>());
        }
        return "programmes/programme";
    }

    @PostMapping("/programmes/{id}/actions")
    String addAction(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(form.get("periodStart"), "periodStart", errors);
        LocalDate end = date(form.get("periodEnd"), "periodEnd", errors);
        Integer year = null;
        String typedYear = form.get("year");
        if (typedYear != null && typedYear.strip().matches("\\d{4}")) {
            year = Integer.parseInt(typedYear.strip());
        }
        UUID event = null;
        String typedEvent = form.get("eventId");
        if (typedEvent != null && !typedEvent.isBlank()) {
            try {
                event = UUID.fromString(typedEvent.strip());
            } catch (IllegalArgumentException wrong) {
                errors.put("eventId", "programme.action.event.unknown");
            }
        }
        ActionDraft draft = new ActionDraft(
                Vocabulary.parse(ActionKind.class, String.valueOf(form.get("kind")))
                        .orElse(null),
                form.get("title"),
                year,
                event,
                start,
                end,
                "true".equals(form.get("planned")),
                form.get("description"),
                form.get("objectives"),
                uuid(form.get("groupId")));
        try {
            if (errors.isEmpty()) {
                programmes.addAction(user, id, draft);
                redirect.addFlashAttribute("notice", "programme.action.added");
                return "redirect:/programmes/" + id + "#actions";
            }
        } catch (ProgrammeRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        redirect.addFlashAttribute("actionForm", kept);
        redirect.addFlashAttribute("actionErrors", errors);
        return "redirect:/programmes/" + id + "#ajouter";
    }

    @PostMapping("/programmes/{id}/bilan")
    String writeProgramme(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String assessment,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            programmes.writeProgramme(user, id, description, assessment);
            redirect.addFlashAttribute("notice", "report.written");
        } catch (ProgrammeRejectedException rejected) {
            redirect.addFlashAttribute("writeError", rejected.messageKey());
        }
        return "redirect:/programmes/" + id + "#bilan-qualitatif";
    }

    @GetMapping("/programmes/actions/{id:[0-9a-f\\-]{36}}")
    String action(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("action", programmes.action(user, id));
        model.addAttribute("report", reports.action(user, id));
        return "programmes/action";
    }

    @PostMapping("/programmes/actions/{id}/bilan")
    String writeAction(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String objectives,
            @RequestParam(defaultValue = "") String assessment,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            programmes.writeAction(user, id, description, objectives, assessment);
            redirect.addFlashAttribute("notice", "report.written");
        } catch (ProgrammeRejectedException rejected) {
            redirect.addFlashAttribute("writeError", rejected.messageKey());
        }
        return "redirect:/programmes/actions/" + id + "#bilan-qualitatif";
    }

    @GetMapping("/programmes/{id}/bilan.pdf")
    ResponseEntity<byte[]> programmePdf(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Report report = reports.programme(user, id);
        return Downloads.pdf(files.pdf(report), report);
    }

    @GetMapping("/programmes/{id}/bilan.xlsx")
    ResponseEntity<byte[]> programmeSpreadsheet(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Report report = reports.programme(user, id);
        return Downloads.spreadsheet(files.spreadsheet(report), report);
    }

    @GetMapping("/programmes/actions/{id}/bilan.pdf")
    ResponseEntity<byte[]> actionPdf(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Report report = reports.action(user, id);
        return Downloads.pdf(files.pdf(report), report);
    }

    @GetMapping("/programmes/actions/{id}/bilan.xlsx")
    ResponseEntity<byte[]> actionSpreadsheet(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Report report = reports.action(user, id);
        return Downloads.spreadsheet(files.spreadsheet(report), report);
    }

    /** The events of the programme's years one may add as actions, latest first. */
    private List<Event> candidates(Programme programme) {
        return events
                .agenda(new Events.AgendaQuery(
                        LocalDate.of(programme.firstYear(), 1, 1)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        LocalDate.of(programme.lastYear() + 1, 1, 1)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        200))
                .stream()
                .limit(200)
                .toList();
    }

    private static UUID uuid(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException wrong) {
            return null;
        }
    }

    /** The name of the programme's lead organisation, null without one. */
    private String leadName(Programme programme) {
        return programme.leadOrganisationId() == null
                ? null
                : directory
                        .organisation(programme.leadOrganisationId())
                        .map(Organisation::name)
                        .orElse(null);
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "programmes/new";
    }

    private ProgrammeDraft programmeDraft(Map<String, String> form, Map<String, String> errors) {
        return new ProgrammeDraft(
                form.get("name"),
                year(form.get("firstYear"), "firstYear", errors),
                year(form.get("lastYear"), "lastYear", errors),
                organisation(form.get("lead"), errors),
                form.get("team"),
                form.get("steeringCommittee"),
                form.get("partners"),
                lines(form.get("funders")),
                lines(form.get("objectives")),
                form.get("description"));
    }

    private UUID organisation(String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return directory.organisationIdByName(typed.strip()).orElseGet(() -> {
            errors.put("lead", "programme.lead.unknown");
            return null;
        });
    }

    /** One value a line (or separated by semicolons), blanks dropped. */
    private static List<String> lines(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split("[\\r\\n;]+"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    private static Integer year(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{4}")) {
            errors.put(field, "programme.year.invalid");
            return null;
        }
        return Integer.parseInt(typed.strip());
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            errors.put(field, "programme.action.date.invalid");
            return null;
        }
    }
}
