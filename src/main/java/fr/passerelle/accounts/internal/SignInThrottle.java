package fr.passerelle.accounts.internal;

import fr.passerelle.common.Throttle;
import fr.passerelle.common.Throttle.Limit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a colleague out: each attempt counts, before the
 * password is checked, against the account from that address (5 per 15 minutes), the address (20) and the account
 * from any address (50, against guesses spread over many addresses). A successful sign-in clears its account and
 * address and takes its own attempt back from the others.
 */
@Component
public class SignInThrottle {

    private final Throttle throttle;
    private final Limit accountAndAddress;
    private final Limit address;
    private final Limit account;

    SignInThrottle(
            Throttle throttle,
            @Value("${passerelle.sign-in.max-failures-per-account-and-address:5}") int perAccountAndAddress,
            @Value("${passerelle.sign-in.max-failures-per-address:20}") int perAddress,
            @Value("${passerelle.sign-in.max-failures-per-account:50}") int perAccount,
            @Value("${passerelle.sign-in.window:PT15M}") Duration window) {
        this.throttle = throttle;
        this.accountAndAddress = new Limit("sign-in-account-address", perAccountAndAddress, window);
        this.address = new Limit("sign-in-address", perAddress, window);
        this.account = new Limit("sign-in-account", perAccount, window);
    }

    /** Counts an attempt; false when any of its limits is passed (the attempt is then refused unchecked). */
    boolean attempt(String email, String from) {
        String user = UserRepository.normalize(email);
        boolean allowed = throttle.hit(accountAndAddress, user + " " + from).allowed();
        allowed &= throttle.hit(address, from).allowed();
        return throttle.hit(account, user).allowed() && allowed;
    }

    void succeeded(String email, String from) {
        String user = UserRepository.normalize(email);
        throttle.forget(accountAndAddress, user + " " + from);
        throttle.refund(address, from);
        throttle.refund(account, user);
    }
}
