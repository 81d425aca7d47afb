package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.OrganisationRef;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of users: search, invitations, roles, memberships, deactivation. */
@Controller
@RequestMapping("/admin/utilisateurs")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class UserAdminController {

    private final Accounts accounts;
    private final fr.passerelle.accounts.Networks networks;

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx,
            Model model) {
        long total = accounts.count(q);
        model.addAttribute("q", q);
        model.addAttribute("users", accounts.search(q, page));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + Accounts.PAGE_SIZE - 1) / Accounts.PAGE_SIZE);
        return htmx.isHtmxRequest() ? "accounts/admin/users :: results" : "accounts/admin/users";
    }

    @GetMapping("/inviter")
    String inviteForm(Model model) {
        model.addAttribute("form", new InviteForm("", "", null, null));
        return inviteView(model);
    }

    @PostMapping("/inviter")
    String invite(
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return Submissions.recorded(
                        errors,
                        () -> accounts.invite(
                                form.email(), form.displayName(), form.roles(), form.organisationId(), locale))
                .map(id -> PageAnswers.back(redirect, "admin.user.invited", "/admin/utilisateurs/" + id, form.email()))
                .orElseGet(() -> inviteView(model));
    }

    @GetMapping("/{id}")
    String user(@PathVariable UUID id, Model model) {
        UserAccount user = load(id);
        model.addAttribute("form", new UserForm(user.displayName(), user.roles(), user.enabled()));
        return userView(user, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser me,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = load(id);
        if (me.id().equals(id) && (!form.chosenRoles().contains(Role.ADMINISTRATOR) || !form.enabled())) {
            errors.rejectValue("roles", "user.selfLockout");
        }
        if (errors.hasErrors()) {
            return userView(user, model);
        }
        accounts.update(id, form.displayName(), form.chosenRoles(), form.enabled());
        return PageAnswers.back(redirect, "admin.user.saved", "/admin/utilisateurs/" + id);
    }

    @PostMapping("/{id}/adhesions")
    String addMembership(
            @PathVariable UUID id, @RequestParam(required = false) UUID organisationId, RedirectAttributes redirect) {
        load(id);
        PageAnswers answers = PageAnswers.of(redirect, "membershipError");
        if (organisationId == null) {
            answers.refuse("membership.organisation.required");
        } else {
            answers.tried(() -> accounts.addMembership(id, organisationId));
        }
        return "redirect:/admin/utilisateurs/" + id;
    }

    @PostMapping("/{id}/adhesions/{organisationId}/retirer")
    String removeMembership(@PathVariable UUID id, @PathVariable UUID organisationId) {
        accounts.removeMembership(load(id).id(), organisationId);
        return "redirect:/admin/utilisateurs/" + id;
    }

    private UserAccount load(UUID id) {
        return accounts.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String inviteView(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", accounts.organisations());
        return "accounts/admin/invite";
    }

    private String userView(UserAccount user, Model model) {
        Map<UUID, OrganisationRef> organisations =
                accounts.organisations().stream().collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
        List<OrganisationRef> memberships = user.organisationIds().stream()
                .map(organisations::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("networks", networks.all());
        model.addAttribute("userNetwork", networks.networkOf(user.id()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("memberships", memberships);
        model.addAttribute(
                "otherOrganisations",
                organisations.values().stream()
                        .filter(org -> !user.organisationIds().contains(org.id()))
                        .sorted(java.util.Comparator.comparing(OrganisationRef::name))
                        .toList());
        return "accounts/admin/user";
    }
}
