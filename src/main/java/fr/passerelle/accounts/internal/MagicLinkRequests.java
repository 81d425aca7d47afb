package fr.passerelle.accounts.internal;

import fr.passerelle.common.PublicLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.stereotype.Component;

/**
 * Reads a request for a sign-in link (valid 15 minutes), counted per client address and per address asked for.
 * Past either limit it resolves to nothing: no link is made, and {@code SignInController} answers as it would have.
 */
@Component
@ConditionalOnWebApplication
class MagicLinkRequests implements GenerateOneTimeTokenRequestResolver {

    private final DefaultGenerateOneTimeTokenRequestResolver form = new DefaultGenerateOneTimeTokenRequestResolver();
    private final PublicLimits.Scope limits;

    MagicLinkRequests(PublicLimits limits) {
        this.form.setExpiresIn(Duration.ofMinutes(15));
        this.limits = limits.scope("magic-link");
    }

    @Override
    public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
        GenerateOneTimeTokenRequest link = form.resolve(request);
        if (link == null || !limits.allows(request.getRemoteAddr(), link.getUsername())) {
            return null;
        }
        return link;
    }
}
