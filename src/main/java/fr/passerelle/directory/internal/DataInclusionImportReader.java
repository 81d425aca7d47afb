package fr.passerelle.directory.internal;

import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads structures in the data·inclusion schema v1 (a JSON array, or an object holding one under
 * "structures") into rows. A structure exported by this platform ({@code passerelle--<id>}), or one
 * imported before from the same source under the same id, updates its organisation and keeps what the
 * schema does not carry (kind, family, coverage); another is created as a support structure that
 * informs and orients, covering its commune's département, and remembers its source and id.
 */
@Component
record DataInclusionImportReader(
        JsonMapper json, OrganisationRepository organisations, Territories territories, ImportMessages messages) {
    List<ImportRow> read(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException notJson) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.json.invalid"));
        }
        JsonNode structures = root != null && root.isObject() ? root.get("structures") : root;
        if (structures == null || !structures.isArray()) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.json.notAnArray"));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < structures.size(); i++) {
            rows.add(row(structures.get(i), i + 1));
        }
        return rows;
    }

    private ImportRow row(JsonNode item, int line) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!item.isObject()) {
            problems.add(messages.problem(line, null, item.toString(), "directory.import.json.notAnObject"));
            return new ImportRow(line, null, null, problems);
        }
        DataInclusionFields fields = new DataInclusionFields(item, line, problems, messages);
        String id = fields.text("id", null);
        SourceKey source = SourceKey.of(fields.text("source", null), id);
        Organisation base = DataInclusionExport.ourId(id)
                .flatMap(organisations::find)
                .or(() -> source == null
                        ? Optional.empty()
                        : organisations.idBySource(source).flatMap(organisations::find))
                .orElse(null);
        String commune = fields.text("code_insee", base == null ? null : base.communeCode());
        OrganisationDraft draft = new OrganisationDraft(
                fields.text("nom", base == null ? null : base.name()),
                base == null ? OrganisationKind.SUPPORT_STRUCTURE : base.kind(),
                base == null ? Family.INFORM_ORIENT : base.family(),
                base == null ? null : base.subKind(),
                base == null ? Area.BOTH : base.area(),
                Optional.ofNullable(fields.text("description", base == null ? null : base.description()))
                        .orElse(""),
                fields.text("siret", base == null ? null : base.siret()),
                fields.text("site_web", base == null ? null : base.website()),
                fields.text("courriel", base == null ? null : base.email()),
                fields.text("telephone", base == null ? null : base.phone()),
                fields.text("adresse", base == null ? null : base.address()),
                commune,
                fields.number("latitude", base == null ? null : base.latitude()),
                fields.number("longitude", base == null ? null : base.longitude()),
                fields.texts("reseaux_porteurs", base == null ? List.of() : base.networks()),
                base == null ? List.of() : base.challenges(),
                base == null ? List.of() : base.sectors(),
                base == null ? departementOf(commune, line, problems) : base.coverage(),
                fields.date("date_maj"));
        return new ImportRow(line, base == null ? null : base.id(), draft, problems, source);
    }

    private List<UUID> departementOf(String commune, int line, List<ImportProblem> problems) {
        Optional<Commune> found = commune == null ? Optional.empty() : territories.commune(commune);
        if (found.isEmpty()) {
            problems.add(messages.problem(line, "code_insee", commune, "directory.import.dataInclusion.noCommune"));
            return List.of();
        }
        return List.of(territories
                .officialPerimeter(
                        PerimeterKind.DEPARTEMENT, found.get().departement().code())
                .id());
    }
}
