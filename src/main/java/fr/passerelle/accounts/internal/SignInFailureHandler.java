package fr.passerelle.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the sign-in page with one message for every wrong credential (so nobody learns which
 * addresses have an account), another when throttled, and the typed address kept.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String TYPED_EMAIL = "passerelle.signIn.email";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        if (email != null) {
            request.getSession().setAttribute(TYPED_EMAIL, email.strip());
        }
        String reason;
        if (exception instanceof SignInThrottledException) {
            reason = "bloque";
        } else if (request.getRequestURI().endsWith(SignInMethods.MAGIC_LINK_SUBMIT)) {
            reason = "lien";
        } else {
            reason = "erreur";
        }
        response.sendRedirect(request.getContextPath() + SignInMethods.SIGN_IN + "?" + reason);
    }
}
