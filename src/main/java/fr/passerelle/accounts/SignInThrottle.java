package fr.passerelle.accounts;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one
 * address, within the window, sign-in is refused until the window has passed. Kept in the database
 * so that every instance applies the same count.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    SignInThrottle(
            JdbcClient jdbc,
            @Value("${passerelle.sign-in.max-failures-per-account:5}") int maxPerAccount,
            @Value("${passerelle.sign-in.max-failures-per-address:20}") int maxPerAddress,
            @Value("${passerelle.sign-in.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    boolean blocked(String email, String address) {
        return jdbc.sql(
                        """
                        select (select count(*) from sign_in_failure where email = :email and failed_at > now() - make_interval(secs => :window)) >= :perAccount
                            or (select count(*) from sign_in_failure where address = :address and failed_at > now() - make_interval(secs => :window)) >= :perAddress
                        """)
                .param("email", UserRepository.normalize(email))
                .param("address", address)
                .param("window", window.toSeconds())
                .param("perAccount", maxPerAccount)
                .param("perAddress", maxPerAddress)
                .query(Boolean.class)
                .single();
    }

    void failed(String email, String address) {
        jdbc.sql("insert into sign_in_failure (email, address) values (:email, :address)")
                .param("email", UserRepository.normalize(email))
                .param("address", address)
                .update();
    }

    void succeeded(String email) {
        jdbc.sql("delete from sign_in_failure where email = :email")
                .param("email", UserRepository.normalize(email))
                .update();
    }

    @Scheduled(cron = "0 17 * * * *")
    void forgetOldFailures() {
        jdbc.sql("delete from sign_in_failure where failed_at < now() - interval '1 day'")
                .update();
    }
}
