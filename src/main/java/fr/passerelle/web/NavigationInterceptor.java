package fr.passerelle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The navigation that fits the signed-in user, gathered from every module's {@link NavigationLinks}, with the current
 * path and user, for every page rendered. Added once the page is known to render a view, so JSON answers and
 * redirects (whose model would travel in the URL) are left alone.
 */
class NavigationInterceptor implements HandlerInterceptor {

    private final List<NavigationLink> links;

    NavigationInterceptor(List<NavigationLinks> modules) {
        this.links = modules.stream()
                .flatMap(module -> module.links().stream())
                .sorted(Comparator.comparingInt(NavigationLink::rank))
                .toList();
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || redirects(page)) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        page.addObject("navigation", navigation(authentication));
        page.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("currentUser", currentUser(authentication));
    }

    List<NavigationLink> navigation(Authentication authentication) {
        return links.stream()
                .filter(link -> link.shownTo().test(authentication))
                .toList();
    }

    private static boolean redirects(ModelAndView page) {
        String name = page.getViewName();
        return (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")))
                || page.getView() instanceof RedirectView;
    }

    private static UserDetails currentUser(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof UserDetails user ? user : null;
    }
}
