package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.territory.internal.PerimeterEditor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The demonstration's Parc naturel régional du Pilat is its charter's communes, read from its file of codes. */
@ApplicationModuleTest(extraIncludes = {"accounts", "notifications", "directory", "contacts"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class DemoPilatTests {

    @Autowired
    Territories territories;

    @Autowired
    PerimeterEditor editor;

    @Autowired
    JdbcClient jdbc;

    private UUID pilat() {
        return jdbc.sql("select id from perimeter where kind = 'pnr' and name = 'Parc naturel régional du Pilat'")
                .query(UUID.class)
                .single();
    }

    @Test
    void theParkCoversItsMemberCommunesAcrossFourIntercommunalities() {
        UUID pilat = pilat();
        for (String member : List.of("42322", "42085", "69119", "42168", "42139", "69064", "42210")) {
            assertThat(territories.covers(pilat, member)).as(member).isTrue();
        }
        assertThat(territories.covers(pilat, "42218"))
                .as("Saint-Étienne, a gateway town")
                .isFalse();
        assertThat(territories.covers(pilat, "38544")).as("Vienne").isFalse();
        assertThat(territories.communeCodes(List.of(pilat))).hasSize(43);
    }

    @Test
    void theParkIsMadeOfCommunesAnAdministratorCanEdit() {
        assertThat(territories.members(pilat())).hasSize(43).allMatch(member -> member.kind() == PerimeterKind.COMMUNE);
        assertThat(editor.draft(pilat()).orElseThrow().communes().lines()).hasSize(43);
    }
}
