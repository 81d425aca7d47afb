package fr.passerelle.resources.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.ResourceNotFoundException;
import fr.passerelle.resources.internal.ResourceRejectedException;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.resources.internal.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resource library: its search (the words inside the documents too), a resource's page, its file or link
 * (counted), and the coordinators' form to publish one with a file or a link.
 */
@Controller
class ResourceController {

    static final int PAGE = 20;
    private static final int EVENT_CHOICES = 300;
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Resources resources;
    private final Groups groups;
    private final Directory directory;
    private final Events events;

    ResourceController(Resources resources, Groups groups, Directory directory, Events events) {
        this.events = events;
        this.resources = resources;
        this.groups = groups;
        this.directory = directory;
    }

    @GetMapping("/ressources")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        ResourceKind chosen = Vocabulary.parse(ResourceKind.class, kind).orElse(null);
        List<Resources.Hit> hits = resources.search(
                user, new Resources.Query(q, chosen, theme.isBlank() ? null : theme, Math.max(0, page), PAGE));
        model.addAttribute("hits", hits.stream().limit(PAGE).toList());
        model.addAttribute("more", hits.size() > PAGE);
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen == null ? "" : chosen.code());
        model.addAttribute("theme", theme);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("themes", resources.themes());
        model.addAttribute("canPublish", resources.publishes(user));
        model.addAttribute("member", resources.member(user));
        return "resources/search";
    }

    @GetMapping("/ressources/{id:[0-9a-f\\-]{36}}")
    String resource(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Resource resource = resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
        model.addAttribute("resource", resource);
        model.addAttribute(
                "organisation",
                resource.authorOrganisationId() == null
                        ? null
                        : directory
                                .organisation(resource.authorOrganisationId())
                                .map(Organisation::name)
                                .orElse(null));
        model.addAttribute(
                "relatedGroups",
                resource.groupIds().stream()
                        .flatMap(group -> groups.byId(group).stream())
                        .toList());
        model.addAttribute(
                "relatedEvents",
                resource.eventIds().stream()
                        .flatMap(event -> events.event(event).stream())
                        .sorted(java.util.Comparator.comparing(Event::startsAt))
                        .toList());
        model.addAttribute("canPublish", resources.publishes(user));
        return "resources/resource";
    }

    @GetMapping("/ressources/{id}/fichier")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Resources.Download download = resources.download(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    @GetMapping("/ressources/{id}/lien")
    String link(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return "redirect:" + resources.follow(user, id);
    }

    @GetMapping("/ressources/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        Map<String, String> form = new HashMap<>();
        form.put("publishedOn", LocalDate.now().toString());
        return form(model, form, List.of(), List.of(), Map.of(), null);
    }

    @PostMapping("/ressources/nouvelle")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "groupIds", required = false) List<String> groupIds,
            @RequestParam(name = "eventIds", required = false) List<String> eventIds,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        requirePublisher(user);
        Map<String, String> errors = new LinkedHashMap<>();
        ResourceDraft draft = draft(form, ids(groupIds, "groupIds", errors), ids(eventIds, "eventIds", errors), errors);
        UploadedFile uploaded = uploaded(file);
        try {
            if (errors.isEmpty()) {
                return "redirect:/ressources/" + resources.publish(user, draft, uploaded);
            }
            resources.check(draft, uploaded);
        } catch (ResourceRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        return again(model, form, groupIds, eventIds, uploaded, errors, null);
    }

    @GetMapping("/ressources/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        Resource resource = resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
        Map<String, String> form = new HashMap<>();
        form.put("title", resource.title());
        form.put("kind", resource.kind().code());
        form.put("summary", resource.summary());
        form.put("keywords", String.join(", ", resource.keywords()));
        form.put("themes", String.join(", ", resource.themes()));
        form.put("audience", resource.audience());
        form.put(
                "organisation",
                resource.authorOrganisationId() == null
                        ? resource.author()
                        : directory
                                .organisation(resource.authorOrganisationId())
                                .map(Organisation::name)
                                .orElse(resource.author()));
        form.put("publishedOn", resource.publishedOn().toString());
        form.put("membersOnly", String.valueOf(resource.membersOnly()));
        form.put("link", resource.link());
        return form(
                model,
                form,
                resource.groupIds().stream().map(UUID::toString).toList(),
                resource.eventIds().stream().map(UUID::toString).toList(),
                Map.of(),
                resource);
    }

    @PostMapping("/ressources/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "groupIds", required = false) List<String> groupIds,
            @RequestParam(name = "eventIds", required = false) List<String> eventIds,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        requirePublisher(user);
        Resource resource = resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
        Map<String, String> errors = new LinkedHashMap<>();
        ResourceDraft draft = draft(form, ids(groupIds, "groupIds", errors), ids(eventIds, "eventIds", errors), errors);
        UploadedFile uploaded = uploaded(file);
        boolean link = form.get("link") != null && !form.get("link").isBlank();
        try {
            if (errors.isEmpty()) {
                resources.update(user, id, draft, uploaded);
                return "redirect:/ressources/" + id;
            }
            resources.check(draft, uploaded, resource.fileName() != null && !link);
        } catch (ResourceRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        return again(model, form, groupIds, eventIds, uploaded, errors, resource);
    }

    @PostMapping("/ressources/{id}/retirer")
    String withdraw(
            @PathVariable UUID id,
            @RequestParam(name = "confirm", required = false) String confirm,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        requirePublisher(user);
        Resource resource = resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
        if (!"true".equals(confirm)) {
            redirect.addFlashAttribute("withdrawError", true);
            return "redirect:/ressources/" + id;
        }
        resources.withdraw(user, id);
        redirect.addFlashAttribute("withdrawn", resource.title());
        return "redirect:/ressources";
    }

    /** The resource the form describes, the form's mistakes in {@code errors}. */
    private ResourceDraft draft(
            Map<String, String> form, List<UUID> groupIds, List<UUID> eventIds, Map<String, String> errors) {
        LocalDate published = null;
        String typedDate = form.get("publishedOn");
        if (typedDate != null && !typedDate.isBlank()) {
            try {
                published = typedDate.contains("/")
                        ? LocalDate.parse(typedDate.strip(), FRENCH_DATE)
                        : LocalDate.parse(typedDate.strip());
            } catch (DateTimeParseException wrong) {
                errors.put("publishedOn", "resource.date.invalid");
            }
        }
        UUID organisation = null;
        String typedOrganisation = form.get("organisation");
        if (typedOrganisation != null && !typedOrganisation.isBlank()) {
            organisation =
                    directory.organisationIdByName(typedOrganisation.strip()).orElse(null);
        }
        return new ResourceDraft(
                form.get("title"),
                Vocabulary.parse(ResourceKind.class, String.valueOf(form.get("kind")))
                        .orElse(null),
                form.get("summary"),
                list(form.get("keywords")),
                list(form.get("themes")),
                form.get("audience"),
                organisation,
                organisation == null ? form.get("organisation") : null,
                published,
                "true".equals(form.get("membersOnly")),
                form.get("link"),
                groupIds,
                eventIds);
    }

    private static UploadedFile uploaded(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new UploadedFile(file.getOriginalFilename(), file.getBytes());
    }

    /** The form again with what was typed and every mistake. */
    private String again(
            Model model,
            Map<String, String> form,
            List<String> groupIds,
            List<String> eventIds,
            UploadedFile uploaded,
            Map<String, String> errors,
            Resource editing) {
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        if (uploaded != null && !errors.containsKey("file")) {
            // A browser cannot keep a chosen file: say so, so that nobody thinks it was kept.
            errors.put("file", "resource.file.again");
        }
        return form(
                model,
                kept,
                groupIds == null ? List.of() : groupIds,
                eventIds == null ? List.of() : eventIds,
                errors,
                editing);
    }

    private String form(
            Model model,
            Map<String, String> form,
            List<String> chosenGroups,
            List<String> chosenEvents,
            Map<String, String> errors,
            Resource editing) {
        model.addAttribute("form", form);
        model.addAttribute("chosenGroups", chosenGroups);
        model.addAttribute("chosenEvents", chosenEvents);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("groups", groups.all());
        model.addAttribute("events", eventChoices(chosenEvents));
        return "resources/new";
    }

    /** The events a resource may come from: the last eighteen months' and the next six's, and those it names. */
    private List<Event> eventChoices(List<String> named) {
        ZonedDateTime now = ZonedDateTime.now(Paris.ZONE);
        List<Event> choices = new ArrayList<>(events
                .agenda(new Events.AgendaQuery(
                        now.minusMonths(18).toOffsetDateTime(),
                        now.plusMonths(6).toOffsetDateTime(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        EVENT_CHOICES))
                .stream()
                .limit(EVENT_CHOICES)
                .toList());
        Collections.reverse(choices);
        for (String typed : named) {
            UUID id = uuid(typed);
            if (id != null && choices.stream().noneMatch(event -> event.id().equals(id))) {
                events.event(id).ifPresent(event -> choices.add(0, event));
            }
        }
        return choices;
    }

    private void requirePublisher(AccountUser user) {
        if (!resources.publishes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }

    private static List<String> list(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split("[,;\\n]"))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList();
    }

    /** The identifiers chosen in a list; one that is not an identifier is said beside the field. */
    private static List<UUID> ids(List<String> typed, String field, Map<String, String> errors) {
        if (typed == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String value : typed) {
            if (value == null || value.isBlank()) {
                continue;
            }
            UUID id = uuid(value);
            if (id == null) {
                errors.put(field, field.equals("groupIds") ? "resource.group.unknown" : "resource.event.unknown");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static UUID uuid(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException wrong) {
            return null;
        }
    }
}
