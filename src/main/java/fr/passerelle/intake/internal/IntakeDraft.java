package fr.passerelle.intake.internal;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a person tells the network when they ask to be welcomed: who they are, their project, their needs, where,
 * and what they agree to. The same whether they type it themselves, a desk agent types it for them, or a partner's
 * site sends it. The e-mail address is optional for a person a desk agent welcomes (some have none): it is
 * required, under the {@link SentByHolder} rules, only of a holder who sends the request themself.
 *
 * @param currentCommune INSEE code of where they live now, if they said
 * @param targetCommunes INSEE codes of the communes they name (one to three), read as {@code targetScope} says
 */
public record IntakeDraft(
        @NotNull(message = "{intake.holderKind.required}") HolderKind holderKind,
        @NotBlank(message = "{intake.name.required}") @Size(min = 2, max = 150, message = "{intake.name.length}")
                String name,
        @NotBlank(message = "{intake.email.required}", groups = SentByHolder.class)
                @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}")
                @Size(max = 254, message = "{email.invalid}")
                String email,
        @Size(max = 30, message = "{directory.phone.length}") String phone,
        @Size(max = 1000, message = "{intake.members.length}") String members,
        String currentCommune,
        List<HouseholdNeed> householdNeeds,
        @NotBlank(message = "{intake.title.required}") @Size(min = 3, max = 150, message = "{intake.title.length}")
                String projectTitle,
        @Size(max = 4000, message = "{directory.description.length}") String projectDescription,
        @NotNull(message = "{intake.projectKind.required}") ProjectKind projectKind,
        @NotNull(message = "{intake.stage.required}") ProjectStage stage,
        List<Sector> sectors,
        boolean ess,
        @NotEmpty(message = "{intake.needs.required}") List<Need> needs,
        @NotNull(message = "{intake.targetScope.required}") TargetScope targetScope,
        @NotEmpty(message = "{intake.targets.required}") @Size(max = 3, message = "{intake.targets.tooMany}")
                List<String> targetCommunes,
        boolean shareWithStructures,
        boolean territoryContact) {

    /** The rules of a request its holder sends themself (the public form, a partner's site): an e-mail address. */
    public interface SentByHolder {}
}
