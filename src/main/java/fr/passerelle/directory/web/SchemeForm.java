package fr.passerelle.directory.web;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The scheme form, for a new scheme, a proposal or an edit. Dates are read the French way (a date field's 2027-03-15
 * or typed 15/03/2027); amounts are kept as typed ("10 000 €") and read by {@link SchemeFormSupport}. The coverage is
 * the organisation's ({@value #SAME}), a level around the organisation's commune, or, when editing, the current one
 * ({@value OrganisationForm#KEEP}).
 */
public record SchemeForm(
        @NotBlank(message = "{directory.name.required}")
                @Size(min = 3, max = 150, message = "{directory.schemeName.length}")
                String name,
        @Size(max = 4000, message = "{directory.description.length}") String description,
        @NotNull(message = "{directory.schemeType.required}") SchemeType type,
        List<ProjectStage> stages,
        List<ProjectKind> projectKinds,
        List<Sector> sectors,
        List<Audience> audiences,
        Boolean essOnly,
        Boolean collectiveOnly,
        @NotNull(message = "{directory.calendar.required}") SchemeCalendar calendar,
        LocalDate opensOn,
        LocalDate closesOn,
        String amountMin,
        String amountMax,
        String ratePercent,
        @Size(max = 2000, message = "{directory.howToApply.length}") String howToApply,
        @Pattern(regexp = "|https?://\\S+", message = "{directory.website.invalid}") String website,
        List<SchemeAccess.ReceptionMode> receptionModes,
        SchemeAccess.Fee fee,
        @Size(max = 500, message = "{scheme.feeDetails.length}") String feeDetails,
        List<SchemeAccess.Mobiliser> mobilisableBy,
        @NotBlank(message = "{directory.coverage.required}") String coverageLevel,
        String proposerEmail) {

    static final String SAME = "organisation";

    static SchemeForm empty() {
        return new SchemeForm(
                "",
                "",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                false,
                SchemeCalendar.ALWAYS,
                null,
                null,
                "",
                "",
                "",
                "",
                "",
                List.of(),
                null,
                "",
                List.of(),
                SAME,
                "");
    }

    static SchemeForm of(Scheme s) {
        return new SchemeForm(
                s.name(),
                text(s.description()),
                s.type(),
                s.stages(),
                s.projectKinds(),
                s.sectors(),
                s.audiences(),
                s.essOnly(),
                s.collectiveOnly(),
                s.calendar(),
                s.opensOn(),
                s.closesOn(),
                s.amountMin() == null ? "" : s.amountMin().toString(),
                s.amountMax() == null ? "" : s.amountMax().toString(),
                SchemeRates.typed(s.ratePercent()),
                text(s.howToApply()),
                text(s.website()),
                s.access().receptionModes(),
                s.access().fee(),
                text(s.access().feeDetails()),
                s.access().mobilisableBy(),
                OrganisationForm.KEEP,
                "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
