package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Submissions;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' page of a group: the requests to join to accept or decline, and the meetings to add. */
@Controller
record GroupMembersController(Groups groups) {

    @GetMapping("/groupes/{slug}/membres")
    String members(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("meetingForm", new MeetingForm(null));
        return page(groups.bySlug(slug), user, model);
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
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroup group = GroupForms.coordinated(groups, slug, user);
        BindingResult errors = FormErrors.bound(meetingForm, binding, model);
        if (Submissions.saved(errors, () -> groups.addMeeting(user, group.id(), meetingForm.eventId()))) {
            redirect.addFlashAttribute("notice", "group.meeting.added");
            return "redirect:/groupes/" + slug + "/membres#reunions";
        }
        return page(group, user, model);
    }

    /** The requests, pending first, and the agenda's working-group meetings of the past two years and the next. */
    private String page(WorkingGroup group, AccountUser user, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(user, group.id()));
        LocalDate today = Paris.today();
        Map<UUID, String> candidates = new LinkedHashMap<>();
        for (Event event : groups.agendaMeetings(today.minusYears(2), today.plusYears(1))) {
            candidates.put(
                    event.id(),
                    FrenchDates.day(event.startsAt()
                                    .atZoneSameInstant(Paris.ZONE)
                                    .toLocalDate()) + " — " + event.title());
        }
        model.addAttribute("candidates", candidates);
        return "groups/members";
    }
}
