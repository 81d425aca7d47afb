package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.UserAccount;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project holders' sign-in links (Spring Security's one-time tokens), kept as a hash like every e-mailed link. Only
 * an enabled account whose one role is project holder gets one or signs in with one (a link issued before the
 * account was disabled or given a staff role opens nothing); once one is used, the account's others are void.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SignInLinks implements OneTimeTokenService {

    private final UserRepository users;
    private final AccountTokens tokens;

    /** A link for the holder of that address; null, and nothing stored, when the address is no holder's. */
    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        return users.findByEmail(request.getUsername())
                .filter(UserAccount::signsInByLink)
                .map(holder -> issue(holder, request.getExpiresIn()))
                .orElse(null);
    }

    public OneTimeToken issue(UserAccount holder, Duration validity) {
        String token = tokens.issue(holder.id(), TokenPurpose.SIGN_IN, validity);
        return new DefaultOneTimeToken(token, holder.email(), Instant.now().plus(validity));
    }

    /** Uses up the link, then opens the account if it may still sign in by link; null otherwise. */
    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authentication) {
        return tokens.consume(authentication.getTokenValue(), TokenPurpose.SIGN_IN)
                .flatMap(users::find)
                .filter(UserAccount::signsInByLink)
                .map(holder -> new DefaultOneTimeToken(authentication.getTokenValue(), holder.email(), Instant.now()))
                .orElse(null);
    }
}
