package fr.passerelle.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.common.Throttle;
import fr.passerelle.common.links.EmailedLinks;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.Sessions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module keeps under an address, told by its SQL: the export reads each column under its label as a plain
 * value, the erasure runs its statements for the address in any case, and leaves other addresses alone.
 */
@ModuleTest
class AddressRowsTests {

    private static final Throttle.Limit HOURLY = new Throttle.Limit("adresse-test", 5, Duration.ofHours(1));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailedLinks links;

    @Autowired
    Throttle throttle;

    @Autowired
    CommonAddressData common;

    @Test
    void anExportRowNamesItsFieldsByLabelAndKeepsNumbersAsNumbersAndTheRestAsText() {
        Map<String, Object> row = jdbc.sql(
                        """
                        select 'Atelier' as titre, 3::smallint as places, timestamptz '2026-05-04 10:30:00+02' as le,
                               cast(null as timestamptz) as annule_le,
                               '0f8fad5b-d9cb-469f-a165-70867728950e'::uuid as id,
                               json_build_object('a', 1) as reponses
                        """)
                .query(ExportRow.BY_LABEL)
                .single();

        assertThat(row.keySet()).containsExactly("titre", "places", "le", "annule_le", "id", "reponses");
        assertThat(row.get("titre")).isEqualTo("Atelier");
        assertThat(row.get("places")).isEqualTo(3);
        assertThat(row.get("le"))
                .isEqualTo(Timestamp.from(OffsetDateTime.parse("2026-05-04T10:30:00+02:00")
                                .toInstant())
                        .toString());
        assertThat(row.get("annule_le")).isNull();
        assertThat(row.get("id")).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(row.get("reponses")).isEqualTo("{\"a\" : 1}");
    }

    @Test
    void theExportAndTheErasureReachTheAddressInAnyCaseAndOnlyIt() {
        String email = Sessions.uniqueEmail("liens");
        String other = Sessions.uniqueEmail("autre");
        links.issue("test-link", UUID.randomUUID(), email, "Contact de Sam", Duration.ofDays(2));
        links.issue("test-link", UUID.randomUUID(), other, "Contact d’Alex", Duration.ofDays(2));
        throttle.hit(HOURLY, email);
        throttle.hit(HOURLY, email + " 203.0.113.7");
        throttle.hit(HOURLY, other);

        String asTyped = email.toUpperCase(Locale.ROOT);
        assertThat(common.export(asTyped)).singleElement().satisfies(link -> {
            assertThat(link.keySet())
                    .containsExactly("objet", "au_nom_de", "envoye_le", "valable_jusqu_au", "utilise_le");
            assertThat(link.get("au_nom_de")).isEqualTo("Contact de Sam");
            assertThat(link.get("utilise_le")).isNull();
        });

        common.erase(asTyped);

        assertThat(common.export(email)).isEmpty();
        assertThat(throttled(email)).isZero();
        assertThat(common.export(other)).hasSize(1);
        assertThat(throttled(other)).isEqualTo(1);
    }

    private long throttled(String email) {
        return jdbc.sql("select count(*) from throttle_window where scope = :scope and lower(subject) like :m || '%'")
                .param("scope", HOURLY.scope())
                .param("m", email.toLowerCase(Locale.ROOT))
                .query(Long.class)
                .single();
    }
}
