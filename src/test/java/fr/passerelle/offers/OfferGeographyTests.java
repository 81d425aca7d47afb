package fr.passerelle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.offers.internal.OfferDraft;
import fr.passerelle.offers.internal.OfferRepository;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** The offers module on its own (with what it uses): where an offer lies follows a change of the geography. */
@ModuleTest(extraIncludes = "contacts")
class OfferGeographyTests {

    private static final String DIE = "26113";

    @Autowired
    OfferRepository offers;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    private UUID offer;

    @AfterEach
    void removeTheOffer() {
        jdbc.sql("delete from offer where id = :id").param("id", offer).update();
    }

    @Test
    void anOfferCopiedFromAnOlderGeographyIsPlacedAgainWhenTheGeographyChanges(Scenario scenario) {
        Commune die = territories.commune(DIE).orElseThrow();
        offer = offers.insert(
                new OfferDraft(
                        UUID.randomUUID(),
                        OfferKind.LOCAL,
                        "Local commercial au centre de Die",
                        "Un local de quarante mètres carrés en centre-bourg, libre tout de suite.",
                        DIE,
                        List.of(),
                        new OfferDraft.Support(null, null, null, null),
                        new OfferDraft.Contact(null, null, null),
                        null,
                        null,
                        null),
                die,
                UUID.randomUUID());
        jdbc.sql("update offer set departement_code = '07', region_code = '11', epci_siren = null where id = :id")
                .param("id", offer)
                .update();

        scenario.publish(new GeographyChanged())
                .andWaitForStateChange(this::place, place -> !place.startsWith("07 "))
                .andVerify(place -> assertThat(place).isEqualTo("26 84 242600534"));
        assertThat(die.epci().code()).isEqualTo("242600534");
    }

    private String place() {
        return jdbc.sql(
                        """
                        select concat_ws(' ', departement_code, region_code, epci_siren)
                          from offer where id = :id
                        """)
                .param("id", offer)
                .query(String.class)
                .single();
    }
}
