package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a person lands after signing in, by password or by e-mailed link: the page they asked for before being sent
 * to sign in, when there is one; otherwise the professionals' page of work, or the holder's space.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String WORK = "/mon-travail";
    static final String HOLDER_SPACE = "/espace";

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return of(AccountUser.of(authentication));
    }

    /** The landing page of a user by their roles; "/" for someone with none left. */
    static String of(AccountUser user) {
        if (user == null || user.roles().isEmpty()) {
            return "/";
        }
        return user.professional() ? WORK : HOLDER_SPACE;
    }
}
