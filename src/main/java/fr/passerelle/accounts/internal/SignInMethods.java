package fr.passerelle.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * How people sign in on the pages: e-mail and password for staff, a single-use link sent by e-mail for project
 * holders; both land on the same page ({@link LandingPage}) and fail through the same handler, which tells the person
 * why in French.
 */
@Component
@ConditionalOnWebApplication
record SignInMethods(
        ThrottlingAuthenticationProvider passwordSignIn,
        SignInFailureHandler failureHandler,
        MagicLinkSender magicLinkSender,
        MagicLinkRequests magicLinkRequests,
        OneTimeTokenService oneTimeTokens) {
    static final String SIGN_IN = "/connexion";
    static final String MAGIC_LINK_REQUEST = "/connexion/lien";
    static final String MAGIC_LINK_SUBMIT = "/connexion/lien/valider";

    void applyTo(HttpSecurity http) throws Exception {
        // Sign-in is decided by this chain's providers alone: the global manager, its parent, holds the same
        // password provider (a bean), which counted every failure twice and would try a throttled sign-in again.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        http.authenticationProvider(passwordSignIn)
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new LandingPage())
                        .failureHandler(failureHandler))
                .oneTimeTokenLogin(link -> link.tokenGeneratingUrl(MAGIC_LINK_REQUEST)
                        .tokenGenerationSuccessHandler(magicLinkSender)
                        .generateRequestResolver(magicLinkRequests)
                        .tokenService(oneTimeTokens)
                        .loginProcessingUrl(MAGIC_LINK_SUBMIT)
                        .showDefaultSubmitPage(false)
                        .loginPage(SIGN_IN)
                        .successHandler(new LandingPage())
                        .authenticationFailureHandler(failureHandler));
    }
}
