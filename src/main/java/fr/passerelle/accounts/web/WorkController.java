package fr.passerelle.accounts.web;

import fr.passerelle.web.WorkItem;
import fr.passerelle.web.WorkItems;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A professional's page of work, where they land after signing in ({@code internal/LandingPage}): what waits for them
 * in every module ({@link WorkItems}), each with its count and where to handle it.
 */
@Controller
class WorkController {

    static final String PAGE = "/mon-travail";

    private final List<WorkItems> modules;

    WorkController(List<WorkItems> modules) {
        this.modules = modules;
    }

    @GetMapping(PAGE)
    String work(Authentication authentication, Model model) {
        model.addAttribute("items", items(authentication));
        return "accounts/work";
    }

    private List<WorkItem> items(Authentication authentication) {
        return modules.stream()
                .flatMap(module -> module.items(authentication).stream())
                .filter(item -> item.count() > 0)
                .sorted(Comparator.comparingInt(WorkItem::rank))
                .toList();
    }
}
