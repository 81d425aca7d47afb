package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An API request carrying {@code Authorization: Bearer <token>} acts as the token's owner for that request only
 * (nothing is kept in a session). An unknown, revoked or expired token gets 401 with {@code WWW-Authenticate}, a
 * read-only token 403 on a write; each with a French problem detail.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final LocaleResolver locales;

    BearerTokenFilter(ApiTokens tokens, MessageSource messages, LocaleResolver locales) {
        this.tokens = tokens;
        this.messages = messages;
        this.locales = locales;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Presented> token = tokens.authenticate(
                request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip());
        if (token.isEmpty() || token.get().expired()) {
            String reason = token.isEmpty() ? "api.token.invalid" : "api.token.expired";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", reason);
            return;
        }
        if (!token.get().scope().permits(request.getMethod())) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "api.token.readOnly");
            return;
        }
        actAs(token.get().user(), request, response, chain);
    }

    private static void actAs(
            AccountUser user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Problem details in the reader's language (French by default). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title, String key)
            throws IOException {
        String detail = messages.getMessage(key, null, locales.resolveLocale(request));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                        + detail.replace("\"", "'") + "\"}");
    }
}
