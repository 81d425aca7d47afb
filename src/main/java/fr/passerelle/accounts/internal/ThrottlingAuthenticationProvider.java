package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in, each attempt counted first and refused unchecked past the throttle's limits. Every attempt that
 * is checked costs one password hash, whether the address is unknown, has no password (holders sign in by link),
 * is disabled or has a password: the time taken does not tell which.
 */
@Component
@ConditionalOnWebApplication
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    /**
     * A hash of a password no one knows, with the encoder's current cost, to compare with when there is none: made on
     * another thread, so that the platform's start does not wait for it.
     */
    private final CompletableFuture<String> noPassword;

    public ThrottlingAuthenticationProvider(UserRepository users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.noPassword = CompletableFuture.supplyAsync(
                () -> encoder.encode(UUID.randomUUID().toString()));
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
        AccountUser user = checked(email, String.valueOf(authentication.getCredentials()));
        throttle.succeeded(email, address);
        users.signedIn(email);
        return signedIn(user, authentication);
    }

    /** The account, when the password is its own and it may sign in; the same hashing work either way. */
    private AccountUser checked(String email, String password) {
        AccountUser user = users.principal(email).orElse(null);
        boolean hasPassword = user != null && user.getPassword() != null;
        boolean matches = encoder.matches(password, hasPassword ? user.getPassword() : noPassword.join());
        if (!matches || !hasPassword || !user.isEnabled()) {
            throw new BadCredentialsException("Bad credentials");
        }
        return user;
    }

    private static Authentication signedIn(AccountUser user, Authentication attempt) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
