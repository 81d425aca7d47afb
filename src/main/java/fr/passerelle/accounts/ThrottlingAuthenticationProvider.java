package fr.passerelle.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in, refused while the account or the address is throttled, and counting failures. */
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
        if (throttle.blocked(email, address)) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email);
            users.signedIn(email);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
