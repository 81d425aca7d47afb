package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is written about a scheme; an empty coverage means the organisation's. */
public record SchemeDraft(
        @NotNull(message = "{directory.organisation.required}") UUID organisationId,
        @NotBlank(message = "{directory.name.required}")
                @Size(min = 3, max = 150, message = "{directory.schemeName.length}")
                String name,
        @Size(max = 4000, message = "{directory.description.length}") String description,
        @NotNull(message = "{directory.schemeType.required}") SchemeType type,
        List<ProjectStage> stages,
        List<ProjectKind> projectKinds,
        List<Sector> sectors,
        List<Audience> audiences,
        boolean essOnly,
        boolean collectiveOnly,
        @NotNull(message = "{directory.calendar.required}") SchemeCalendar calendar,
        LocalDate opensOn,
        LocalDate closesOn,
        @Min(value = 0, message = "{directory.amount.invalid}") Integer amountMin,
        @Min(value = 0, message = "{directory.amount.invalid}") Integer amountMax,
        @DecimalMin(value = "0", inclusive = false, message = "{directory.rate.invalid}")
                @DecimalMax(value = "100", message = "{directory.rate.invalid}")
                BigDecimal ratePercent,
        @Size(max = 2000, message = "{directory.howToApply.length}") String howToApply,
        @Pattern(regexp = "https?://\\S+", message = "{directory.website.invalid}") String website,
        List<UUID> coverage,
        LocalDate lastVerifiedOn,
        SchemeAccess access) {

    /** A draft whose access is not said is one that says nothing of it. */
    public SchemeDraft {
        access = access == null ? SchemeAccess.UNKNOWN : access;
    }
}
