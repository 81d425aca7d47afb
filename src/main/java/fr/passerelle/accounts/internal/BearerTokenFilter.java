package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request carrying {@code Authorization: Bearer <token>} acts as the token's owner for that request only
 * (nothing is kept in a session). An unknown, revoked or expired token gets 401 with {@code WWW-Authenticate}, a
 * read-only token 403 on a write; each with problem details in the reader's language (French by default).
 */
@RequiredArgsConstructor
class BearerTokenFilter extends OncePerRequestFilter {

    /** What a 401 of the API asks for (RFC 6750); {@code error="invalid_token"} is added when a token was refused. */
    static final String CHALLENGE = "Bearer realm=\"passerelle\"";

    private final ApiTokens tokens;
    private final ProblemResponses problems;

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
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, reason);
            return;
        }
        if (!token.get().scope().permits(request.getMethod())) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"insufficient_scope\"");
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.token.readOnly");
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
}
