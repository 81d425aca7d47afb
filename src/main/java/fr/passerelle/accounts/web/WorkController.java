package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.WorkItem;
import fr.passerelle.accounts.WorkItems;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A professional's page of work, where they land after signing in ({@code internal/LandingPage}): what waits for them
 * in every module ({@link WorkItems}), each with its count and where to handle it.
 */
@Controller
@RequiredArgsConstructor
class WorkController {

    static final String PAGE = "/mon-travail";

    private final List<WorkItems> modules;

    @GetMapping(PAGE)
    String work(Authentication authentication, Model model) {
        model.addAttribute("items", items(authentication));
        return "accounts/work";
    }

    /** Every module's items that concern the user, those with nothing waiting left out, in their rank's order. */
    private List<WorkItem> items(Authentication authentication) {
        AccountUser user = AccountUser.of(authentication);
        if (user == null) {
            return List.of();
        }
        return modules.stream()
                .filter(module -> module.concerns(user))
                .flatMap(module -> module.items(user).stream())
                .filter(item -> item.count() > 0)
                .sorted(Comparator.comparingInt(WorkItem::rank))
                .toList();
    }
}
