package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Who may open what: the JSON API, the partner sites' widgets and the pages, each with its own chain; how people sign
 * in is {@link SignInMethods}. Sessions live in the database (any instance serves anyone).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableJdbcHttpSession(tableName = "spring_session")
class SecurityConfiguration {

    /**
     * The JSON API: the same session and anti-forgery token as the pages (a signed-in advisor's
     * browser writes through it), but no sign-in pages, logout or saved requests; who may do what is
     * decided by the modules' facades, and an anonymous write gets 401 rather than a sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            ProblemResponses problems,
            ObjectProvider<ProtectedPages> modules,
            @Value("${passerelle.secure-cookies:true}") boolean secureCookies)
            throws Exception {
        RequestMatcher[] anonymousWrites = modules.orderedStream()
                .flatMap(pages -> pages.anonymousApiWrites().stream())
                .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern))
                .toArray(RequestMatcher[]::new);
        http.securityMatcher("/api/**")
                .addFilterBefore(
                        new BearerTokenFilter(tokens, problems),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Partner sites write from their servers, with no session to forge, where the modules declare it: no
                // anti-forgery token asked there; nor with a token, which, unlike a cookie, a browser never sends
                // alone.
                .csrf(csrf -> {
                    csrf.csrfTokenRepository(csrfTokens(secureCookies))
                            .ignoringRequestMatchers(BearerTokenFilter::carriesToken);
                    if (anonymousWrites.length > 0) {
                        csrf.ignoringRequestMatchers(anonymousWrites);
                    }
                })
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                // Refusals as problem details: 401 says how to authenticate, 403 whether the anti-forgery token failed.
                .exceptionHandling(denied -> denied.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokenFilter.CHALLENGE);
                            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.status.401");
                        })
                        .accessDeniedHandler((request, response, failure) -> problems.write(
                                request,
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                failure instanceof CsrfException ? "api.csrf" : "api.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
        return http.build();
    }

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The pages partner sites embed in a frame, as the modules declare them ({@link ProtectedPages#embeddable}):
     * public, read-only, no session. The frame is allowed by each page's own Content-Security-Policy
     * (frame-ancestors: the sites its territory declared, or the network's partners), not refused here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain widgetFilterChain(HttpSecurity http, ObjectProvider<ProtectedPages> modules) throws Exception {
        String[] embeddable = modules.orderedStream()
                .flatMap(pages -> pages.embeddable().stream())
                .toArray(String[]::new);
        if (embeddable.length == 0) {
            http.securityMatcher(request -> false);
        } else {
            http.securityMatcher(embeddable);
        }
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }

    /** Everything under it is for administrators, whichever module serves it. */
    static final String ADMINISTRATION = "/admin/**";

    /**
     * The pages: the administration for administrators, the pages the modules declare ({@link ProtectedPages}) for
     * signed-in users, every other page for anyone.
     */
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ProtectedPages> modules,
            SignInMethods signIn,
            @Value("${passerelle.secure-cookies:true}") boolean secureCookies)
            throws Exception {
        String[] signedIn = modules.orderedStream()
                .flatMap(pages -> pages.signedIn().stream())
                .toArray(String[]::new);
        RequestMatcher[] unsubscribe = modules.orderedStream()
                .flatMap(pages -> pages.oneClickUnsubscribe().stream())
                .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern))
                .toArray(RequestMatcher[]::new);
        String[] staff = modules.orderedStream()
                .flatMap(pages -> pages.networkStaff().stream())
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
                    // The staff's pages come first: the administration would otherwise take those under /admin/.
                    if (staff.length > 0) {
                        requests.requestMatchers(staff).hasAnyRole(Role.COORDINATOR.name(), Role.ADMINISTRATOR.name());
                    }
                    requests.requestMatchers(ADMINISTRATION)
                            .hasRole(Role.ADMINISTRATOR.name())
                            .requestMatchers(signedIn)
                            .authenticated()
                            .anyRequest()
                            .permitAll();
                })
                // Mail providers unsubscribe from an alert or the newsletter by a POST of their own (RFC 8058), with no
                // session to forge: the addresses the modules declare.
                .csrf(csrf -> {
                    csrf.csrfTokenRepository(csrfTokens(secureCookies));
                    if (unsubscribe.length > 0) {
                        csrf.ignoringRequestMatchers(unsubscribe);
                    }
                })
                .exceptionHandling(denied -> denied.accessDeniedPage("/acces-refuse"))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte"))
                // A new session at sign-in: its absolute lifetime counts from there (SessionLifetimeFilter).
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .headers(SecurityConfiguration::pageHeaders);
        signIn.applyTo(http);
        return http.build();
    }

    /**
     * What a page allows the browser: its own scripts and styles, map tiles, frames of its own site only; the camera
     * for its own pages (the participants' check-in at the door scans QR codes), never for a frame of another site.
     */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'; "
                                + "form-action 'self'; base-uri 'self'"))
                // One frame rule: X-Frame-Options says what frame-ancestors says, for older browsers.
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy",
                        "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"));
    }

    /**
     * The anti-forgery token in a cookie rather than the session: a visitor reading public pages
     * (each holds the token for its forms) gets no session, so reading writes nothing.
     */
    private static CookieCsrfTokenRepository csrfTokens(boolean secure) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("PASSERELLE_XSRF");
        tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        return tokens;
    }

    /** Inside the session store's filter (which gives the session), outside Spring Security's (which reads it). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            @Value("${passerelle.session.absolute-lifetime:PT12H}") java.time.Duration lifetime) {
        var registration =
                new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SessionLifetimeFilter(lifetime));
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /**
     * The store the session filter uses: the JDBC store, writing a session's last access at most once a minute
     * ({@link SparingSessionStore}) instead of at every request.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    SparingSessionStore sparingSessionStore(
            org.springframework.session.jdbc.JdbcIndexedSessionRepository store,
            @Value("${passerelle.session.access-grain:PT1M}") java.time.Duration grain) {
        return new SparingSessionStore(store, grain);
    }

    /** The session cookie: not readable by scripts, sent over HTTPS only unless configured otherwise for local use. */
    @Bean
    CookieSerializer cookieSerializer(@Value("${passerelle.secure-cookies:true}") boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("PASSERELLE_SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(secure);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
