package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class DemoFilesTests {

    record Titled(String title) {}

    record Described(Titled description, LocalDate publishedOn) {}

    /** As Spring Boot configures it: the fields a reader does not name are passed over. */
    private final DemoFiles files = new DemoFiles(JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    @Test
    void readsAModulesDemonstrationFileInOrder() {
        List<Described> read = files.list("resources/demo/resources-demo.json", Described[].class);

        assertThat(read).hasSize(4);
        assertThat(read.get(0).description().title()).isEqualTo("ESS & Ruralités : le guide en bref");
        assertThat(read.get(0).publishedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
    }

    @Test
    void aMissingFileIsNamedInTheFailure() {
        assertThatThrownBy(() -> files.list("resources/demo/absent.json", Titled[].class))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("resources/demo/absent.json");
    }
}
