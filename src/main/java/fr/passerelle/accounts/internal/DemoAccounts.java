package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.OrganisationCatalog;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.ConditionalOnDemoData;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demonstration account per role, printed in the log so that a newcomer can sign in at once: only on a platform
 * reached at a local address, since their password is public; at every start, a warning while any of them exists.
 */
@Component
@ConditionalOnDemoData
@Order(20)
public class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "passerelle-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String name, Role role, String organisation) {}

    private static final List<Demo> DEMO = List.of(
            new Demo("admin@passerelle.example", "Alix Administratrice", Role.ADMINISTRATOR, null),
            new Demo("coordination@passerelle.example", "Camille Coordinatrice", Role.COORDINATOR, "Cap Rural"),
            new Demo(
                    "territoire@passerelle.example",
                    "Thomas Agent",
                    Role.TERRITORY_AGENT,
                    "Communauté de communes du Diois"),
            new Demo("conseil@passerelle.example", "Clara Conseillère", Role.ADVISOR, "CCI de la Drôme"),
            new Demo("porteur@passerelle.example", "Paul Porteur", Role.PROJECT_HOLDER, null),
            new Demo("coordination-bfc@passerelle.example", "Bastien Coordinateur", Role.COORDINATOR, null));

    /** The demonstration account that coordinates the second network (DemoNetworks). */
    private static final String SECOND_NETWORK_COORDINATOR = "coordination-bfc@passerelle.example";

    private final Accounts accounts;
    private final OrganisationCatalog organisations;
    private final Networks networks;
    private final java.net.URI baseUrl;

    DemoAccounts(
            Accounts accounts,
            OrganisationCatalog organisations,
            Networks networks,
            @org.springframework.beans.factory.annotation.Value("${passerelle.base-url}") java.net.URI baseUrl) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.networks = networks;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!isLocal(baseUrl)) {
            log.warn(
                    "Demonstration accounts NOT created: the platform's address {} is not a local one, and their"
                            + " password is public.",
                    baseUrl);
            return;
        }
        create();
    }

    /** Whether the address is this machine's, where the public demonstration password endangers nothing. */
    public static boolean isLocal(java.net.URI address) {
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(java.util.Locale.ROOT);
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1");
    }

    private void create() {
        StringBuilder table = new StringBuilder("\nDemonstration accounts (password: " + PASSWORD + "):");
        for (Demo demo : DEMO) {
            accounts.createWithPassword(demo.email(), demo.name(), Set.of(demo.role()), PASSWORD)
                    .map(id -> {
                        if (demo.email().equals(SECOND_NETWORK_COORDINATOR)) {
                            networks.demoSecond().ifPresent(network -> networks.place(id, network.id()));
                        }
                        return id;
                    })
                    .ifPresent(id -> organisations.all().stream()
                            .filter(org -> org.name().equals(demo.organisation()))
                            .findFirst()
                            .ifPresent(org -> accounts.addMembership(id, org.id())));
            table.append(String.format("%n  %-16s %s", demo.role(), demo.email()));
        }

        log.info(table.append("\nProject holders may also sign in with a link sent by e-mail (/connexion/lien).")
                .toString());
    }
}
