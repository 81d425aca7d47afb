package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.territory.internal.GeographyLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class GeographyTests {

    @Autowired
    Territories territories;

    @Autowired
    GeographyLoader loader;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void loadsTheWholeOfficialGeographyOf2026() {
        assertThat(territories.communeCount()).isEqualTo(34_969);
        assertThat(count("epci")).isEqualTo(1_255);
        assertThat(count("departement")).isEqualTo(109);
        assertThat(count("region")).isEqualTo(26);
        assertThat(count("geography_load")).isEqualTo(1);
    }

    @Test
    void aSecondLoadChangesNothing() {
        loader.afterSingletonsInstantiated();
        assertThat(territories.communeCount()).isEqualTo(34_969);
        assertThat(count("perimeter where kind = 'epci'")).isEqualTo(1_255);
    }

    @Test
    void communeKnowsItsEpciDepartementAndRegion() {
        Commune die = territories.commune("26113").orElseThrow();
        assertThat(die.name()).isEqualTo("Die");
        assertThat(die.epci()).isEqualTo(new Area("242600534", "CC du Diois"));
        assertThat(die.departement()).isEqualTo(new Area("26", "Drôme"));
        assertThat(die.region()).isEqualTo(new Area("84", "Auvergne-Rhône-Alpes"));
        assertThat(die.postalCodes()).containsExactly("26150");
        assertThat(die.population()).isPositive();
        assertThat(die.sources().geography()).isEqualTo(2026);
    }

    @Test
    void corsicanCodesAndIslandsWithoutEpciAreLoaded() {
        assertThat(territories.commune("2A004").orElseThrow().name()).isEqualTo("Ajaccio");
        Commune ouessant = territories.commune("29155").orElseThrow();
        assertThat(ouessant.epci()).isNull();
    }

    @Test
    void unknownCodeFindsNothing() {
        assertThat(territories.commune("99999")).isEmpty();
        assertThat(territories.commune("abc")).isEmpty();
    }
}
