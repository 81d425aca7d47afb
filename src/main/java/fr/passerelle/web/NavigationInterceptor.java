package fr.passerelle.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The navigation that fits the signed-in user's roles, the current path and user, for every page
 * rendered. Added once the page is known to render a view, so JSON answers and redirects (whose
 * model would travel in the URL) are left alone.
 */
class NavigationInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || redirects(page)) {
            return;
        }
        AccountUser user = currentUser();
        page.addObject("navigation", navigation(user));
        page.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("currentUser", user);
    }

    private static boolean redirects(ModelAndView page) {
        String name = page.getViewName();
        return (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")))
                || page.getView() instanceof RedirectView;
    }

    private static AccountUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user ? user : null;
    }

    static List<NavigationItem> navigation(AccountUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("/", "nav.home"));
        items.add(new NavigationItem("/annuaire", "nav.directory"));
        items.add(new NavigationItem("/offres", "nav.offers"));
        items.add(new NavigationItem("/territoires", "nav.territories"));
        items.add(new NavigationItem("/agenda", "nav.agenda"));
        items.add(new NavigationItem("/groupes", "nav.groups"));
        items.add(new NavigationItem("/ressources", "nav.resources"));
        items.add(new NavigationItem("/territoires/communes", "nav.communes"));
        if (user == null || user.hasRole(Role.PROJECT_HOLDER)) {
            items.add(new NavigationItem("/accueil", "intake.title"));
        }
        if (user != null && user.hasRole(Role.PROJECT_HOLDER)) {
            items.add(new NavigationItem("/espace", "nav.space"));
        }
        if (user != null
                && (user.hasRole(Role.ADVISOR)
                        || user.hasRole(Role.TERRITORY_AGENT)
                        || user.hasRole(Role.COORDINATOR)
                        || user.hasRole(Role.ADMINISTRATOR))) {
            items.add(new NavigationItem("/accueil/demandes", "nav.intake"));
        }
        if (user != null && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))) {
            items.add(new NavigationItem("/parcours/orientations", "nav.referrals"));
        }
        if (user != null && user.hasRole(Role.TERRITORY_AGENT)) {
            items.add(new NavigationItem("/accueil/territoire", "nav.territoryProjects"));
            items.add(new NavigationItem("/offres/mes-offres", "nav.myOffers"));
            items.add(new NavigationItem("/bourse", "nav.exchange"));
            items.add(new NavigationItem("/stands/pistes", "nav.leads"));
        }
        if (user != null && !user.hasRole(Role.PROJECT_HOLDER)) {
            items.add(new NavigationItem("/compte/jetons", "nav.apiTokens"));
        }
        if (user != null && user.networkStaff()) {
            items.add(new NavigationItem("/programmes", "nav.programmes"));
            items.add(new NavigationItem("/annuaire/moderation", "nav.moderation"));
            items.add(new NavigationItem("/annuaire/import", "nav.import"));
            items.add(new NavigationItem("/accueil/journal", "nav.accessLog"));
        }
        if (user != null && user.hasRole(Role.ADMINISTRATOR)) {
            items.add(new NavigationItem("/admin/utilisateurs", "nav.admin.users"));
            items.add(new NavigationItem("/admin/territoires/imports", "nav.admin.imports"));
        }
        return items;
    }
}
