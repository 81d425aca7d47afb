package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.common.Breach;
import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.internal.PerimeterDraft;
import fr.passerelle.territory.internal.PerimeterEditor;
import fr.passerelle.territory.internal.PerimeterPreview;
import fr.passerelle.territory.internal.PerimeterRejectedException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' perimeters: drafts checked whole, previews of the communes they change, files of commune codes. */
@ApplicationModuleTest
@Transactional
class PerimeterEditorTests {

    private static final String LA_VALLA = "42322";
    private static final String DOIZIEUX = "42085";
    private static final String LONGES = "69119";
    private static final String PELUSSIN = "42168";
    private static final String DIE = "26113";
    private static final String PILAT_RHODANIEN = "244200895";

    @Autowired
    PerimeterEditor editor;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private static PerimeterDraft draft(String name, String epci, String communes) {
        return new PerimeterDraft(PerimeterKind.CUSTOM, name, epci, communes);
    }

    @Test
    void aPerimeterOfAnEpciAndCommunesCoversExactlyThem() {
        UUID id = editor.save(null, draft("Périmètre d’essai", PILAT_RHODANIEN, LA_VALLA + "\n" + LONGES));
        assertThat(territories.covers(id, PELUSSIN)).isTrue();
        assertThat(territories.covers(id, LA_VALLA)).isTrue();
        assertThat(territories.covers(id, LONGES)).isTrue();
        assertThat(territories.covers(id, DOIZIEUX)).isFalse();
        assertThat(editor.editable())
                .filteredOn(p -> p.id().equals(id))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.epci()).isEqualTo(1);
                    assertThat(p.communes()).isEqualTo(2);
                    assertThat(p.covered()).isEqualTo(16);
                });
    }

    @Test
    void thePreviewOfAnEditListsTheCommunesAddedAndRemoved() {
        UUID id = editor.save(null, draft("Périmètre d’essai", "", LA_VALLA + "\n" + LONGES));
        PerimeterPreview preview = editor.preview(id, draft("Périmètre d’essai", "", LA_VALLA + "\n" + DOIZIEUX));
        assertThat(preview.covered()).isEqualTo(2);
        assertThat(preview.added()).containsExactly("Doizieux (42085)");
        assertThat(preview.removed()).containsExactly("Longes (69119)");
        assertThat(territories.covers(id, LONGES))
                .as("a preview writes nothing")
                .isTrue();
    }

    @Test
    void anEditChangesCoverageAtOnceEvenWhereItWasReadBefore() {
        UUID id = editor.save(null, draft("Périmètre d’essai", "", LA_VALLA + "\n" + LONGES));
        assertThat(territories.perimetersCovering(LONGES))
                .extracting(Perimeter::id)
                .contains(id);
        assertThat(territories.perimetersCovering(DOIZIEUX))
                .extracting(Perimeter::id)
                .doesNotContain(id);
        editor.save(id, draft("Périmètre renommé", "", LA_VALLA + "\n" + DOIZIEUX));
        assertThat(territories.perimetersCovering(LONGES))
                .extracting(Perimeter::id)
                .doesNotContain(id);
        assertThat(territories.perimetersCovering(DOIZIEUX))
                .extracting(Perimeter::id)
                .contains(id);
        assertThat(territories.perimetersCovering(LA_VALLA))
                .filteredOn(p -> p.id().equals(id))
                .extracting(Perimeter::name)
                .containsExactly("Périmètre renommé");
    }

    @Test
    void anEditTellsWhichCommunesItsCoverageChangedFor(AssertablePublishedEvents events) {
        UUID id = editor.save(null, draft("Périmètre d’essai", "", LA_VALLA + "\n" + LONGES));
        editor.save(id, draft("Périmètre d’essai", "", LA_VALLA + "\n" + DOIZIEUX));
        assertThat(events.ofType(PerimeterChanged.class)
                        .matching(e -> e.perimeter().equals(id)))
                .extracting(PerimeterChanged::communes)
                .containsExactly(java.util.Set.of(LA_VALLA, LONGES), java.util.Set.of(LONGES, DOIZIEUX));
    }

    @Test
    void aDraftWithWrongMembersIsRefusedWholeAndWritesNothing() {
        long before = perimeterCount();
        assertThatThrownBy(() -> editor.save(null, draft("X", "123456789", LA_VALLA + "\n99999\n" + LA_VALLA)))
                .isInstanceOfSatisfying(PerimeterRejectedException.class, refused -> assertThat(refused.breaches())
                        .extracting(Breach::field, Breach::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("name", "perimeters.name.length"),
                                org.assertj.core.groups.Tuple.tuple("epci", "perimeters.epci.unknown"),
                                org.assertj.core.groups.Tuple.tuple("communes", "imports.problem.line"),
                                org.assertj.core.groups.Tuple.tuple("communes", "imports.problem.line")));
        assertThat(perimeterCount()).isEqualTo(before);
    }

    @Test
    void aDraftWithoutMembersOrKindIsRefused() {
        assertThatThrownBy(() -> editor.save(null, new PerimeterDraft(null, "Sans rien", " ", "")))
                .isInstanceOfSatisfying(PerimeterRejectedException.class, refused -> assertThat(refused.breaches())
                        .extracting(Breach::messageKey)
                        .containsExactly("perimeters.kind.required", "perimeters.members.required"));
        assertThatThrownBy(() -> editor.save(null, new PerimeterDraft(PerimeterKind.EPCI, "Officiel", "", DIE)))
                .isInstanceOf(PerimeterRejectedException.class);
    }

    @Test
    void officialTerritoriesAreNotEditable() {
        UUID drome =
                territories.officialPerimeter(PerimeterKind.DEPARTEMENT, "26").id();
        assertThat(editor.draft(drome)).isEmpty();
        assertThat(editor.editable()).noneMatch(p -> p.id().equals(drome));
    }

    @Test
    void aFileOfCodesIsReadWhateverItsSeparatorHeaderOrEncoding() {
        assertThat(read("42322\n42085\r\n\n69119\n", StandardCharsets.UTF_8))
                .containsExactly(LA_VALLA, DOIZIEUX, LONGES);
        assertThat(read("Commune;CODGEO\nLa Valla-en-Gier;42322\nDoizieux;42085\n", StandardCharsets.UTF_8))
                .containsExactly(LA_VALLA, DOIZIEUX);
        assertThat(read("nom,insee\n\"Saint-Julien, village\",42246\nAmbérieu-en-Bugey,1004\n", StandardCharsets.UTF_8))
                .containsExactly("42246", "01004");
        assertThat(read("\uFEFFcode\n42322\n", StandardCharsets.UTF_8)).containsExactly(LA_VALLA);
        assertThat(read("Libellé;Code\nLa Valla-en-Gier;42322\nPélussin;42168\n", Charset.forName("windows-1252")))
                .containsExactly(LA_VALLA, PELUSSIN);
    }

    @Test
    void aWrongFileIsRefusedNamingEachWrongLine() {
        assertThat(problems("code\n42322\n42999\n4232\n42322\n\nabc\n;\n"))
                .containsExactly(
                        "5 lignes en erreur : corrigez-les, rien n’a été modifié.",
                        "Ligne 3 : aucune commune actuelle n’a le code « 42999 ».",
                        "Ligne 4 : aucune commune actuelle n’a le code « 04232 ».",
                        "Ligne 5 : la commune 42322 figure déjà ligne 2.",
                        "Ligne 7 : code commune « abc » invalide (5 caractères attendus, par exemple 26113).",
                        "Ligne 8 : ligne sans code commune.");
    }

    @Test
    void aFileWithoutItsColumnOfCodesOrEmptyIsRefused() {
        assertThat(problems("nom;population\nDie;4500\n"))
                .singleElement()
                .asString()
                .startsWith("La colonne des codes communes est introuvable")
                .contains("« nom ; population »");
        assertThat(problems("")).containsExactly("Le fichier « communes.csv » est vide. Rien n’a été modifié.");
    }

    private List<String> read(String text, Charset charset) {
        return editor.communesOfFile(text.getBytes(charset), "communes.csv");
    }

    private List<String> problems(String text) {
        try {
            read(text, StandardCharsets.UTF_8);
        } catch (ImportRejectedException refused) {
            return refused.problems(messages, Locale.FRENCH).stream()
                    .map(problem -> problem.replace('\u00a0', ' '))
                    .toList();
        }
        throw new AssertionError("the file was read");
    }

    private long perimeterCount() {
        return jdbc.sql("select count(*) from perimeter").query(Long.class).single();
    }
}
