package fr.passerelle.common;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Says when the modules' demonstration data are all in place: the pages answer before they are (the modules fill
 * them after start-up, in order), so this line is what tells a person, or {@code bench/startup.sh}, that the
 * demonstration is complete.
 */
@Component
@ConditionalOnDemoData
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDataLoaded implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoaded.class);

    @Override
    public void run(ApplicationArguments arguments) {
        LOG.info(
                "Demonstration data loaded ({} ms after the process started)",
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
