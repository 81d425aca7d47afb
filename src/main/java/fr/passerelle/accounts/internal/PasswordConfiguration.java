package fr.passerelle.accounts.internal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as bcrypt hashes, with the algorithm's name kept so that it can change later. Their cost
 * ({@code passerelle.password-cost}, bcrypt's log2 of rounds: 10 on the platform, 4 to 31) is the work a hash takes,
 * and so a guesser's: each hash keeps its own cost, so a hash of any cost is still checked after the setting changes.
 * A hash stored under another algorithm's name is checked as Spring Security's defaults check it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    private static final String BCRYPT = "bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${passerelle.password-cost}") int cost) {
        return encoder(cost);
    }

    static PasswordEncoder encoder(int cost) {
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(cost)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
