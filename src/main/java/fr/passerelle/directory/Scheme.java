package fr.passerelle.directory;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.Quality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A support scheme (dispositif): what a project holder can actually mobilise. Empty eligibility
 * lists mean "any".
 */
public record Scheme(
        UUID id,
        UUID organisationId,
        String organisationName,
        String name,
        String description,
        SchemeType type,
        List<ProjectStage> stages,
        List<ProjectKind> projectKinds,
        List<Sector> sectors,
        List<Audience> audiences,
        boolean essOnly,
        boolean collectiveOnly,
        SchemeCalendar calendar,
        LocalDate opensOn,
        LocalDate closesOn,
        Integer amountMin,
        Integer amountMax,
        BigDecimal ratePercent,
        String howToApply,
        String website,
        EntryStatus status,
        LocalDate lastVerifiedOn,
        List<UUID> coverage,
        SchemeAccess access) {

    /** Whether one can apply on that day (a recurring window counts in the year it has moved on to). */
    public boolean openOn(LocalDate day) {
        if (calendar == SchemeCalendar.ALWAYS || (opensOn == null && closesOn == null)) {
            return true;
        }
        return window(day).map(window -> window.holds(day)).orElse(false);
    }

    /** The window in force on that day or the next one; empty when always open or closed for good. */
    public Optional<SchemeWindow> window(LocalDate day) {
        return SchemeWindow.on(calendar, opensOn, closesOn, day);
    }

    /** The funding rate written the French way, with a decimal comma; null when none is said. */
    public String rateShown() {
        return ratePercent == null
                ? null
                : ratePercent.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public double completeness() {
        return Quality.completeness(description, howToApply, website, stages, audiences, coverage);
    }

    public double quality(LocalDate today) {
        return Quality.score(completeness(), lastVerifiedOn, today);
    }
}
