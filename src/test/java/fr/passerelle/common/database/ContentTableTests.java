package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

@ApplicationModuleTest
@Transactional
class ContentTableTests {

    @Autowired
    JdbcClient jdbc;

    private ContentTable table;

    @BeforeEach
    void aTableOfFiles() {
        jdbc.sql("create temporary table note_file (note_id uuid primary key, content bytea not null)")
                .update();
        table = new ContentTable(jdbc, "note_file", "note_id");
    }

    @Test
    void aNewFileReplacesTheOneTheOwnerHad() {
        UUID note = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        table.write(note, new byte[] {1, 2});
        table.write(other, new byte[] {9});

        table.write(note, new byte[] {3});

        assertThat(table.read(note)).contains(new byte[] {3});
        assertThat(table.read(other)).contains(new byte[] {9});
    }

    @Test
    void aRemovedFileIsNoLongerRead() {
        UUID note = UUID.randomUUID();
        table.write(note, new byte[] {1});

        table.remove(note);

        assertThat(table.read(note)).isEmpty();
    }

    @Test
    void refusesANameThatIsNotPlain() {
        assertThatThrownBy(() -> new ContentTable(jdbc, "note_file; drop table offer", "note_id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentTable(jdbc, "note_file", "Note_Id"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
