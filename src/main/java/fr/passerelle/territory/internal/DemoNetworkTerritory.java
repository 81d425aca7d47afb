package fr.passerelle.territory.internal;

import fr.passerelle.accounts.Networks;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.territory.PerimeterKind;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The territory of the demonstration's second network (Bourgogne-Franche-Comté): the Morvan's intercommunalities,
 * which only that network's coordinator keeps.
 */
@Component
@ConditionalOnDemoData
@Order(6)
@RequiredArgsConstructor
class DemoNetworkTerritory implements ApplicationRunner {

    static final String NAME = "Pays du Morvan";
    /** CC de Saulieu-Morvan, CC Morvan Sommets et Grands Lacs, CC du Grand Autunois Morvan. */
    private static final String INTERCOMMUNALITIES = "242101442\n200067890\n200070530";

    private final JdbcClient jdbc;
    private final PerimeterEditor editor;
    private final Networks networks;

    @Override
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("select exists (select 1 from perimeter where name = :name)")
                .param("name", NAME)
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        networks.demoSecond()
                .ifPresent(network -> editor.save(
                        null, new PerimeterDraft(PerimeterKind.PAYS, NAME, INTERCOMMUNALITIES, ""), network.id()));
    }
}
