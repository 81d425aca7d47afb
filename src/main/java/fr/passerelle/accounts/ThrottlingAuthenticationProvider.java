package fr.passerelle.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in, each attempt counted first and refused unchecked past the throttle's limits. */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final UserRepository users;

    ThrottlingAuthenticationProvider(
            AccountUserDetailsService userDetails,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            UserRepository users) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (!throttle.attempt(email, address)) {
            throw new SignInThrottledException();
        }
        Authentication result = passwords.authenticate(authentication);
        throttle.succeeded(email, address);
        users.signedIn(email);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
