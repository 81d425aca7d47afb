package fr.passerelle.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than its absolute lifetime, however active it is (OWASP ASVS 3.3.4): the next
 * request is a visitor's, and a protected page asks to sign in again. Idle sessions end sooner, by their timeout.
 */
@RequiredArgsConstructor
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && Instant.ofEpochMilli(session.getCreationTime())
                        .plus(lifetime)
                        .isBefore(Instant.now())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
