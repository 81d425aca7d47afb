package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.programmes.internal.ActionKind;
import fr.passerelle.programmes.internal.ActionPartners;
import fr.passerelle.programmes.internal.Budgets;
import fr.passerelle.programmes.internal.PartnerRole;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeAction;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's page and an action's page, with their forms: empty or as saved when first shown, as typed with their
 * errors when a form comes back.
 */
@Component
record ProgrammePageModels(
        Programmes programmes,
        ProgrammeReports reports,
        Events events,
        Directory directory,
        Groups groups,
        ActionPartners partners,
        Budgets budgets) {

    private static final int CANDIDATES = 200;

    String programme(UUID id, AccountUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("report", reports.programme(user, id));
        model.addAttribute("budget", budgets.budget(user, id));
        model.addAttribute("lead", leadName(programme));
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("candidates", candidates(programme));
        model.addAttribute("groups", groups.all());
        addIfAbsent(model, "textsForm", ProgrammeTextsForm.of(programme));
        addIfAbsent(model, "actionForm", ActionForm.empty());
        return "programmes/programme";
    }

    String action(UUID id, AccountUser user, Model model) {
        ProgrammeAction action = programmes.action(user, id);
        model.addAttribute("action", action);
        model.addAttribute("report", reports.action(user, id));
        addIfAbsent(model, "textsForm", ActionTextsForm.of(action));
        addIfAbsent(model, "removalForm", new RemovalForm(false));
        model.addAttribute("partners", partners.partners(user, id));
        model.addAttribute("partnerRoles", PartnerRole.values());
        addIfAbsent(model, "partnerForm", PartnerForm.empty());
        if (action.kind() == ActionKind.STAND) {
            model.addAttribute("talks", partners.talks(user, id));
            model.addAttribute("talkCandidates", partners.talkCandidates(user, id));
            addIfAbsent(model, "talkForm", new TalkForm(null));
        }
        model.addAttribute("costs", budgets.costs(user, id));
        addIfAbsent(model, "costForm", CostForm.empty());
        addIfAbsent(model, "shareForm", ShareForm.empty());
        return "programmes/action";
    }

    /** The programme's page as its forms come back to it. */
    FormPage programmeForms(UUID id, AccountUser user, Model model, RedirectAttributes redirect) {
        return new FormPage("/programmes/" + id, () -> programme(id, user, model), model, redirect);
    }

    /** The action's page as its forms come back to it. */
    FormPage actionForms(UUID id, AccountUser user, Model model, RedirectAttributes redirect) {
        return new FormPage("/programmes/actions/" + id, () -> action(id, user, model), model, redirect);
    }

    /** The name of the programme's lead organisation, null without one. */
    String leadName(Programme programme) {
        return directory.organisationName(programme.leadOrganisationId()).orElse(null);
    }

    /** The events of the programme's years one may add as actions, latest first. */
    private List<Event> candidates(Programme programme) {
        return events.agendaBetween(
                yearStart(programme.firstYear()), yearStart(programme.lastYear() + 1), null, CANDIDATES);
    }

    private static OffsetDateTime yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    /** A form shown again keeps what was typed, and its errors (which go with that very object). */
    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
