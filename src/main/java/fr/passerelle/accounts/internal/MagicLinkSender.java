package fr.passerelle.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * E-mails the single-use sign-in link to project holders ({@link SignInLinks} makes none for other addresses).
 * Whatever the address, the person sees the same confirmation, so the form does not reveal who has an account.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
record MagicLinkSender(UserRepository users, AccountMails mails, LocaleResolver locales)
        implements OneTimeTokenGenerationSuccessHandler {
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        if (token != null) {
            users.findByEmail(token.getUsername())
                    .ifPresent(holder -> mails.magicLink(
                            holder.email(),
                            holder.displayName(),
                            token.getTokenValue(),
                            locales.resolveLocale(request)));
        }
        response.sendRedirect(request.getContextPath() + SignInMethods.MAGIC_LINK_REQUEST + "/envoye");
    }
}
