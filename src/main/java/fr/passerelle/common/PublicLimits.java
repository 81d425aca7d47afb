package fr.passerelle.common;

import fr.passerelle.common.Throttle.Limit;
import fr.passerelle.common.Throttle.Outcome;
import java.time.Duration;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The limits of the public endpoints that send e-mail or write rows: each scope counts its requests per client
 * address and per target e-mail address ({@code passerelle.limits.<scope>.per-address}, {@code .per-email},
 * {@code .window}), so that neither one address floods the platform nor many addresses flood one person.
 */
@Component
public class PublicLimits {

    private final Throttle throttle;
    private final Environment environment;

    PublicLimits(Throttle throttle, Environment environment) {
        this.throttle = throttle;
        this.environment = environment;
    }

    /** The limits of a scope, as configured; a scope missing from the configuration stops the start. */
    public Scope scope(String name) {
        Duration window = environment.getRequiredProperty(key(name, "window"), Duration.class);
        return new Scope(
                new Limit(
                        name + "-address",
                        environment.getRequiredProperty(key(name, "per-address"), Integer.class),
                        window),
                new Limit(
                        name + "-email",
                        environment.getRequiredProperty(key(name, "per-email"), Integer.class),
                        window));
    }

    private static String key(String scope, String setting) {
        return "passerelle.limits." + scope + "." + setting;
    }

    /** The two limits of one scope. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    public final class Scope {

        private final Limit perAddress;
        private final Limit perEmail;

        /**
         * Counts a request from that client address for that e-mail address (none: the address alone), both counts
         * moving on every request; allowed while both stay within their limits, which share one window.
         */
        public Outcome hit(String address, String email) {
            Outcome byAddress = throttle.hit(perAddress, String.valueOf(address));
            if (email == null || email.isBlank()) {
                return byAddress;
            }
            Outcome byEmail = throttle.hit(perEmail, email.strip().toLowerCase(Locale.ROOT));
            return new Outcome(byAddress.allowed() && byEmail.allowed(), byAddress.windowEnd());
        }

        /**
         * Takes back the counts of a request that turned out to be refused for what it held (a wrong field): only
         * requests that could have been received spend the limits.
         */
        public void refund(String address, String email) {
            throttle.refund(perAddress, String.valueOf(address));
            if (email != null && !email.isBlank()) {
                throttle.refund(perEmail, email.strip().toLowerCase(Locale.ROOT));
            }
        }

        /** Whether a request from that client address for that e-mail address stays within the limits. */
        public boolean allows(String address, String email) {
            return hit(address, email).allowed();
        }
    }
}
