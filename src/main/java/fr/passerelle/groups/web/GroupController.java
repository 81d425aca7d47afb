package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.groups.GroupProductions;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.GroupMember;
import fr.passerelle.groups.internal.GroupRejectedException;
import fr.passerelle.groups.internal.JoinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working groups: the list, a group's public page with its join form, the same page with the minutes for members
 * (signed in, or through their own link), and the coordinators' pages to accept members and keep the meetings.
 */
@Controller
class GroupController {

    private final Groups groups;
    private final Events events;
    private final List<GroupProductions> productions;
    private final PublicLimits.Scope joinLimits;

    GroupController(Groups groups, Events events, List<GroupProductions> productions, PublicLimits limits) {
        this.groups = groups;
        this.events = events;
        this.productions = productions;
        this.joinLimits = limits.scope("group-join");
    }

    @GetMapping("/groupes")
    String list(Model model) {
        model.addAttribute("groups", groups.all());
        return "groups/list";
    }

    @GetMapping("/groupes/{slug:[a-z0-9\\-]+}")
    String group(
            @PathVariable String slug,
            @RequestParam(name = "annee", required = false) Integer year,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        WorkingGroup group = groups.bySlug(slug);
        return page(model, group, year, groups.reads(user, group.id()), null, user);
    }

    @GetMapping("/groupes/{slug}/membre/{token}")
    String member(
            @PathVariable String slug,
            @PathVariable String token,
            @RequestParam(name = "annee", required = false) Integer year,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        WorkingGroup group = groups.bySlug(slug);
        GroupMember member = groups.memberByToken(group.id(), token)
                .orElseThrow(() -> new fr.passerelle.groups.internal.GroupNotFoundException(token));
        return page(model, group, year, true, member, user);
    }

    @PostMapping("/groupes/{slug}/rejoindre")
    String join(
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        WorkingGroup group = groups.bySlug(slug);
        if (!joinLimits.allows(request.getRemoteAddr(), form.get("email"))) {
            refuse(redirect, Map.of("group", "limits.throttled"), form);
            return "redirect:/groupes/" + slug + "#rejoindre";
        }
        try {
            groups.requestToJoin(
                    group.id(),
                    new JoinRequest(
                            form.get("name"),
                            form.get("email"),
                            form.get("organisation"),
                            form.get("role"),
                            form.get("motivation"),
                            "true".equals(form.get("consent"))));
            redirect.addFlashAttribute("notice", "group.join.received");
        } catch (GroupRejectedException rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
            refuse(redirect, errors, form);
        }
        return "redirect:/groupes/" + slug + "#rejoindre";
    }

    /** Back to the join form with the problems and what was typed. */
    private static void refuse(RedirectAttributes redirect, Map<String, String> errors, Map<String, String> form) {
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", kept);
    }

    @GetMapping("/groupes/{slug}/membres")
    String members(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        WorkingGroup group = groups.bySlug(slug);
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(user, group.id()));
        model.addAttribute("candidates", meetingCandidates());
        return "groups/members";
    }

    @PostMapping("/groupes/{slug}/membres/{member}/{decision:accepter|refuser}")
    String decide(
            @PathVariable String slug,
            @PathVariable UUID member,
            @PathVariable String decision,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        boolean accept = "accepter".equals(decision);
        if (groups.decide(user, member, accept)) {
            redirect.addFlashAttribute("notice", accept ? "group.member.accepted" : "group.member.declined");
        }
        return "redirect:/groupes/" + slug + "/membres";
    }

    @PostMapping("/groupes/{slug}/reunions")
    String addMeeting(
            @PathVariable String slug,
            @RequestParam(name = "eventId", required = false) UUID eventId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        WorkingGroup group = groups.bySlug(slug);
        try {
            groups.addMeeting(user, group.id(), eventId);
            redirect.addFlashAttribute("notice", "group.meeting.added");
        } catch (GroupRejectedException rejected) {
            redirect.addFlashAttribute("meetingError", rejected.messageKey());
        }
        return "redirect:/groupes/" + slug + "/membres#reunions";
    }

    @PostMapping("/groupes/{slug}/reunions/{event}/compte-rendu")
    String minutes(
            @PathVariable String slug,
            @PathVariable UUID event,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String decisions,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            groups.writeMinutes(user, event, minutes, decisions);
            redirect.addFlashAttribute("notice", "group.minutes.saved");
        } catch (GroupRejectedException rejected) {
            redirect.addFlashAttribute("minutesError", rejected.messageKey());
        }
        return "redirect:/groupes/" + slug + "#r-" + event;
    }

    private String page(
            Model model, WorkingGroup group, Integer year, boolean reader, GroupMember member, AccountUser user) {
        List<Integer> years = groups.years(group.id());
        int shown = year != null
                ? year
                : years.contains(LocalDate.now(Paris.ZONE).getYear())
                        ? LocalDate.now(Paris.ZONE).getYear()
                        : years.isEmpty() ? LocalDate.now(Paris.ZONE).getYear() : years.get(0);
        model.addAttribute("group", group);
        model.addAttribute("reader", reader);
        model.addAttribute("member", member);
        model.addAttribute("coordinates", groups.coordinates(user));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("meetings", groups.meetings(group.id(), shown, reader));
        model.addAttribute("organisations", groups.memberOrganisations(group.id()));
        model.addAttribute(
                "productions",
                productions.stream()
                        .flatMap(source -> source.of(group.id(), user).stream())
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new HashMap<String, String>());
        }
        return "groups/group";
    }

    /** The agenda's working-group meetings of the past two years and the coming one, to add to a group. */
    private List<Event> meetingCandidates() {
        return events
                .agenda(new Events.AgendaQuery(
                        LocalDate.now(Paris.ZONE)
                                .minusYears(2)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        LocalDate.now(Paris.ZONE)
                                .plusYears(1)
                                .atStartOfDay(Paris.ZONE)
                                .toOffsetDateTime(),
                        List.of(EventKind.REUNION_GROUPE),
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
}
