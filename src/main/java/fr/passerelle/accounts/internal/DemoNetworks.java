package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.Networks;
import fr.passerelle.common.ConditionalOnDemoData;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A second, small regional network beside Cap Rural, so that the demonstration shows what a coordinator keeps to their
 * own network: the rural network of Bourgogne-Franche-Comté (its territory, coordinator, event and programme are
 * added by the modules' demonstration data).
 */
@Component
@ConditionalOnDemoData
@Order(1)
@RequiredArgsConstructor
class DemoNetworks implements ApplicationRunner {

    private final NetworkRepository networks;

    @Override
    public void run(ApplicationArguments args) {
        networks.create(Networks.DEMO_SECOND, List.of("27"));
    }
}
