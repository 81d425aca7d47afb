package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.Paris;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Submissions;
import fr.passerelle.groups.GroupProductions;
import fr.passerelle.groups.GroupReaders;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.GroupMember;
import fr.passerelle.groups.internal.GroupNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Working groups: the list, a group's public page with its join form, the same page with the minutes for members
 * (signed in, or through their own link), where coordinators write each meeting's minutes and decisions.
 */
@Controller
record GroupController(Groups groups, GroupReaders readers, List<GroupProductions> productions, PublicLimits limits) {

    @GetMapping("/groupes")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("groups", groups.all());
        model.addAttribute("starts", groups.starts(user));
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
        GroupMember member =
                groups.memberByToken(group.id(), token).orElseThrow(() -> new GroupNotFoundException(token));
        readers.followed(member.id());
        return page(model, group, year, true, member, user);
    }

    @PostMapping("/groupes/{slug}/rejoindre")
    String join(
            @PathVariable String slug,
            @Valid @ModelAttribute JoinForm joinForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroup group = groups.bySlug(slug);
        BindingResult errors = FormErrors.bound(joinForm, binding, model);
        if (!limits.scope("group-join").allows(request.getRemoteAddr(), joinForm.email())) {
            errors.reject("limits.throttled");
        } else if (Submissions.saved(errors, () -> groups.requestToJoin(group.id(), joinForm.request()))) {
            redirect.addFlashAttribute("notice", "group.join.received");
            return "redirect:/groupes/" + slug + "#rejoindre";
        }
        return page(model, group, null, groups.reads(user, group.id()), null, user);
    }

    @PostMapping("/groupes/{slug}/reunions/{eventId}/compte-rendu")
    String minutes(
            @PathVariable String slug,
            @PathVariable UUID eventId,
            @Valid @ModelAttribute MinutesForm minutesForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroup group = GroupForms.coordinated(groups, slug, user);
        BindingResult errors = FormErrors.bound(minutesForm, binding, model);
        if (Submissions.saved(
                errors, () -> groups.writeMinutes(user, eventId, minutesForm.minutes(), minutesForm.decisions()))) {
            redirect.addFlashAttribute("notice", "group.minutes.saved");
            return "redirect:/groupes/" + slug + "#r-" + eventId;
        }
        return page(model, group, groups.meetingYear(eventId).orElse(null), true, null, user);
    }

    /** A group's page for a year (the current one, else the latest the group met in), the join form below. */
    private String page(
            Model model, WorkingGroup group, Integer year, boolean reader, GroupMember member, AccountUser user) {
        List<Integer> years = groups.years(group.id());
        int shown = year != null ? year : shownYear(years);
        model.addAttribute("group", group);
        model.addAttribute("reader", reader);
        model.addAttribute("member", member);
        model.addAttribute("coordinates", groups.coordinates(user, group));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("meetings", groups.meetings(group.id(), shown, reader));
        model.addAttribute("organisations", groups.memberOrganisations(group.id()));
        model.addAttribute(
                "productions",
                productions.stream()
                        .flatMap(source -> source.of(group.id(), user).stream())
                        .toList());
        model.mergeAttributes(Map.of("joinForm", JoinForm.empty(), "minutesForm", new MinutesForm(null, null, null)));
        return "groups/group";
    }

    private static int shownYear(List<Integer> years) {
        int now = Paris.today().getYear();
        return years.contains(now) || years.isEmpty() ? now : years.get(0);
    }
}
