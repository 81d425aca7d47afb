package fr.passerelle.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The navigation that fits the signed-in user's roles, for every page. */
@ControllerAdvice
class NavigationAdvice {

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal AccountUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("/", "nav.home"));
        items.add(new NavigationItem("/annuaire", "nav.directory"));
        items.add(new NavigationItem("/territoires/communes", "nav.communes"));
        if (user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMINISTRATOR))) {
            items.add(new NavigationItem("/annuaire/moderation", "nav.moderation"));
        }
        if (user != null && user.hasRole(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("/admin/utilisateurs", "nav.admin.users"));
            items.add(new NavigationItem("/admin/territoires/imports", "nav.admin.imports"));
        }
        return items;
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("currentUser")
    AccountUser currentUser(@AuthenticationPrincipal AccountUser user) {
        return user;
    }
}
