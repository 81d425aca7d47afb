package fr.passerelle.programmes.web;

import fr.passerelle.common.Texts;
import fr.passerelle.programmes.internal.Funder;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The programme form, new or edited. The lead organisation is its name in the directory; funders are ticked among the
 * directory's funding organisations, searched in the whole directory with the organisation picker (one more at a
 * time: the name typed, the id chosen), or named one a line (linked to the organisation of that exact name, kept as a
 * name otherwise); objectives are one a line (or separated by semicolons).
 */
record ProgrammeForm(
        @NotNull(message = "{programme.name.length}") @Size(min = 3, max = 200, message = "{programme.name.length}")
                String name,
        @NotNull(message = "{programme.year.invalid}")
                @Min(value = 2000, message = "{programme.year.invalid}")
                @Max(value = 2100, message = "{programme.year.invalid}")
                Integer firstYear,
        @NotNull(message = "{programme.year.invalid}")
                @Min(value = 2000, message = "{programme.year.invalid}")
                @Max(value = 2100, message = "{programme.year.invalid}")
                Integer lastYear,
        String lead,
        @Size(max = 2000, message = "{programme.text.tooLong}") String team,
        @Size(max = 2000, message = "{programme.text.tooLong}") String steeringCommittee,
        @Size(max = 2000, message = "{programme.text.tooLong}") String partners,
        String funders,
        String objectives,
        @Size(max = 8000, message = "{programme.text.tooLong}") String description,
        List<UUID> funderIds,
        String funderSearched,
        UUID funderChosen) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", null, null, "", "", "", "", "", "", "", List.of(), "", null);
    }

    /** The programme as saved: its funders from the directory ticked, those known by name alone one a line. */
    static ProgrammeForm of(Programme programme, String lead, List<Funder> funders) {
        return new ProgrammeForm(
                programme.name(),
                programme.firstYear(),
                programme.lastYear(),
                lead,
                programme.team(),
                programme.steeringCommittee(),
                programme.partners(),
                String.join(
                        "\n",
                        funders.stream()
                                .filter(funder -> funder.organisationId() == null)
                                .map(Funder::name)
                                .toList()),
                String.join("\n", programme.objectives()),
                programme.description(),
                funders.stream()
                        .map(Funder::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                "",
                null);
    }

    /** The programme as the module checks and records it, led by the organisation found from its name. */
    ProgrammeDraft draft(UUID leadOrganisationId) {
        return new ProgrammeDraft(
                name,
                firstYear,
                lastYear,
                leadOrganisationId,
                new ProgrammeDraft.Presentation(team, steeringCommittee, partners, lines(objectives), description),
                new ProgrammeDraft.Funders(lines(funders), funderIds, funderSearched, funderChosen));
    }

    /** One value a line (or separated by semicolons), blanks dropped. */
    private static List<String> lines(String typed) {
        return Texts.items(typed, "[\\r\\n;]+");
    }
}
