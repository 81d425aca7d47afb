package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.Stands;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.IntakeNotFoundException;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeReceipt;
import fr.passerelle.intake.internal.IntakeRejectedException;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.territory.Territories;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Être accueilli·e": the public intake form in five short steps, and the same form for a desk agent who types it
 * for someone met at the desk or on the phone, or from a lead met on a shared stand.
 */
@Controller
class IntakeController {

    static final String PUBLIC = "/accueil";
    static final String AGENT = "/accueil/saisie";
    private static final String REDIRECT = "redirect:";

    private final Intakes intakes;
    private final IntakeSteps steps;
    private final Stands stands;
    private final PublicLimits.Scope limits;
    private final Directory directory;
    private final Territories territories;
    private final MessageSource messages;

    IntakeController(
            Intakes intakes,
            IntakeSteps steps,
            Stands stands,
            PublicLimits limits,
            Directory directory,
            Territories territories,
            MessageSource messages) {
        this.intakes = intakes;
        this.steps = steps;
        this.stands = stands;
        this.limits = limits.scope("intake");
        this.directory = directory;
        this.territories = territories;
        this.messages = messages;
    }

    /**
     * The form, empty, or opened from a commune's page (that commune named) or a structure's (the wish to be referred
     * to it written in the description: the request still goes to the territory's desk, which reads it).
     */
    @GetMapping(PUBLIC)
    String start(
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "structure", required = false) String structure,
            Locale locale,
            Model model) {
        Organisation wished = wished(structure);
        String[] named = commune == null
                ? null
                : territories
                        .commune(commune.strip())
                        .map(found -> new String[] {found.code(), found.label()})
                        .orElse(null);
        model.addAttribute("wished", wished);
        String wish = wished == null
                ? ""
                : messages.getMessage("intake.wish.description", new Object[] {wished.name()}, locale);
        return render(model, IntakeForm.towards(named, wish), List.of(), null);
    }

    /** A published structure of the directory, named by its identifier in the address; none for anything else. */
    private Organisation wished(String structure) {
        if (structure == null || !structure.matches("[0-9a-fA-F\\-]{36}")) {
            return null;
        }
        return directory.publishedOrganisation(UUID.fromString(structure)).orElse(null);
    }

    @PostMapping(PUBLIC)
    ModelAndView step(
            @ModelAttribute("form") IntakeForm form,
            BindingResult binding,
            @RequestParam(name = "go", defaultValue = "next") String go,
            HttpServletRequest request,
            HtmxRequest htmx,
            Model model) {
        return shown(advance(form, binding, go, null, request.getRemoteAddr(), model), htmx);
    }

    /**
     * The thanks, with the request's reference and desk passed from the submission in the session's flash, never
     * read from the address: a link cannot make this page say what the server did not.
     */
    @GetMapping(PUBLIC + "/merci")
    String thanks() {
        return "intake/thanks";
    }

    @GetMapping(AGENT)
    String startForSomeone(
            @RequestParam(name = "piste", required = false) UUID leadId,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireStaff(user);
        if (leadId == null) {
            return render(model, IntakeForm.empty(IntakeChannel.DESK), List.of(), user);
        }
        Stands.Lead lead = stands.lead(user, leadId).orElseThrow(() -> new IntakeNotFoundException(leadId));
        if (!lead.convertible()) {
            throw new AccessDeniedException("This lead cannot become a welcome request");
        }
        return render(model, IntakeForm.fromLead(lead), List.of(), user);
    }

    @PostMapping(AGENT)
    ModelAndView stepForSomeone(
            @ModelAttribute("form") IntakeForm form,
            BindingResult binding,
            @RequestParam(name = "go", defaultValue = "next") String go,
            @AuthenticationPrincipal AccountUser user,
            HtmxRequest htmx,
            Model model) {
        requireStaff(user);
        return shown(advance(form, binding, go, user, null, model), htmx);
    }

    /**
     * The view for the request: a step of the form as the fragment that htmx swaps in place (the page's focus then
     * goes to the step's heading or the summary of errors), else the whole page; after the submission, a redirect
     * that htmx follows as a full page (its flash kept for the next page, as any redirect's).
     */
    private static ModelAndView shown(String view, HtmxRequest htmx) {
        if (!htmx.isHtmxRequest()) {
            return new ModelAndView(view);
        }
        return view.startsWith(REDIRECT)
                ? new ModelAndView(new HtmxRedirectView(view.substring(REDIRECT.length()), true))
                : new ModelAndView(view + " :: step");
    }

    private String advance(
            IntakeForm form, BindingResult binding, String go, AccountUser agent, String address, Model model) {
        int step = form.currentStep();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        binding.getFieldErrors().forEach(errors::addError);
        switch (go) {
            case "back" -> {
                IntakeForm resolved = steps.check(form, 0, errors, agent != null);
                return render(model, resolved.atStep(Math.max(1, step - 1)), List.of(), agent);
            }
            case "submit" -> {
                return submit(form, errors, agent, address, model);
            }
            default -> {
                IntakeForm resolved = steps.check(form, step, errors, agent != null);
                if (errors.hasFieldErrors()) {
                    return render(model, resolved.atStep(step), errors.getFieldErrors(), agent);
                }
                return render(model, resolved.atStep(Math.min(IntakeForm.STEPS, step + 1)), List.of(), agent);
            }
        }
    }

    /**
     * Every answer checked again, then the request sent; a visitor's only within the limits of their address. The
     * visitor then reads the thanks; the desk agent lands on the new request's file.
     */
    private String submit(IntakeForm form, BindingResult errors, AccountUser agent, String address, Model model) {
        IntakeForm resolved = steps.check(form, IntakeForm.STEPS, errors, agent != null);
        if (errors.hasFieldErrors()) {
            return backToFirstProblem(model, resolved, errors, agent);
        }
        if (agent == null && !limits.allows(address, resolved.person().email())) {
            model.addAttribute("throttled", true);
            return render(model, resolved.atStep(IntakeForm.STEPS), List.of(), null);
        }
        try {
            IntakeReceipt receipt = send(form, resolved, agent);
            if (agent != null) {
                savedFor(resolved);
                return "redirect:/accueil/demandes/" + receipt.requestId();
            }
            thanksFor(receipt);
            return "redirect:" + PUBLIC + "/merci";
        } catch (IntakeRejectedException rejected) {
            FormErrors.reject(errors, rejected, IntakeSteps.FIELDS);
            return backToFirstProblem(model, resolved, errors, agent);
        }
    }

    /** The form shown again at the first step with a problem, so that the person sees what to change. */
    private String backToFirstProblem(Model model, IntakeForm resolved, BindingResult errors, AccountUser agent) {
        int first = errors.getFieldErrors().stream()
                .mapToInt(error -> IntakeSteps.stepOf(error.getField()))
                .min()
                .orElse(1);
        return render(model, resolved.atStep(first), errors.getAllErrors(), agent);
    }

    /** What the thank-you page says, passed in the session's flash rather than in its address. */
    private static void thanksFor(IntakeReceipt receipt) {
        var flash = outputFlash();
        flash.put("reference", receipt.reference());
        flash.put("desk", receipt.deskName());
    }

    /** What the new file tells the agent who saved it: whether the person hears from the platform by e-mail. */
    private static void savedFor(IntakeForm resolved) {
        boolean email =
                resolved.person().email() != null && !resolved.person().email().isBlank();
        outputFlash().put("notice", email ? "intake.agent.saved" : "intake.agent.saved.noEmail");
    }

    private static org.springframework.web.servlet.FlashMap outputFlash() {
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
    }

    private IntakeReceipt send(IntakeForm form, IntakeForm resolved, AccountUser agent) {
        if (agent == null) {
            return intakes.submit(resolved.toDraft(), IntakeChannel.FORM, null);
        }
        if (form.lead() != null) {
            return intakes.submitFromLead(resolved.toDraft(), agent, form.lead());
        }
        IntakeChannel channel =
                form.channel() == null || form.channel() == IntakeChannel.FORM ? IntakeChannel.DESK : form.channel();
        return intakes.submit(resolved.toDraft(), channel, agent);
    }

    /** Shows a step of the form with the answers so far and the problems found, each beside its field. */
    private String render(Model model, IntakeForm form, List<? extends ObjectError> problems, AccountUser agent) {
        boolean forSomeone = agent != null;
        BindingResult shown = new BeanPropertyBindingResult(form, "form");
        problems.forEach(shown::addError);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
        model.addAttribute("forSomeone", forSomeone);
        model.addAttribute(
                "lead",
                forSomeone && form.lead() != null
                        ? stands.lead(agent, form.lead()).orElse(null)
                        : null);
        model.addAttribute("action", forSomeone ? AGENT : PUBLIC);
        model.addAttribute("steps", IntakeForm.STEPS);
        model.addAttribute("holderKinds", HolderKind.values());
        model.addAttribute("projectKinds", ProjectKind.values());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("needs", Need.values());
        model.addAttribute("householdNeeds", HouseholdNeed.values());
        model.addAttribute("scopes", TargetScope.values());
        model.addAttribute(
                "channels",
                Arrays.stream(IntakeChannel.values())
                        .filter(channel -> channel != IntakeChannel.FORM)
                        .toList());
        return "intake/form";
    }

    private static void requireStaff(AccountUser user) {
        if (user == null || !user.professional()) {
            throw new AccessDeniedException("Desk staff only");
        }
    }
}
