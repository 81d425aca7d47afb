package fr.passerelle.accounts.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Says loudly, at every start, that accounts with the public demonstration password can sign in here. */
@Component
record DemoAccountsWarning(JdbcClient jdbc) {
    private static final Logger log = LoggerFactory.getLogger(DemoAccountsWarning.class);

    @EventListener(ApplicationReadyEvent.class)
    void warnIfDemonstrationAccountsExist() {
        List<String> active = jdbc.sql(
                        "select email from user_account where enabled and email like '%@passerelle.example' order by email")
                .query(String.class)
                .list();
        if (!active.isEmpty()) {
            log.warn(
                    """

                    *** DEMONSTRATION ACCOUNTS ARE ACTIVE ***
                    {} can sign in with the public password '{}'. Disable or delete them before real use.""",
                    active,
                    DemoAccounts.PASSWORD);
        }
    }
}
