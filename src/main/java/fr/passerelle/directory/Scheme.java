package fr.passerelle.directory;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.Quality;
import fr.passerelle.directory.internal.SchemeDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A support scheme (dispositif): what a project holder can actually mobilise. Empty eligibility
 * lists mean "any".
 *
 * @param written the scheme as it was written (its draft), read through the accessors below; its coverage is the one
 *     in force
 */
public record Scheme(UUID id, SchemeDraft written, String organisationName, EntryStatus status) {

    /** The scheme as a draft to change. */
    public SchemeDraft draft() {
        return written;
    }

    public UUID organisationId() {
        return written.organisationId();
    }

    public String name() {
        return written.name();
    }

    public String description() {
        return written.description();
    }

    public SchemeType type() {
        return written.type();
    }

    public List<ProjectStage> stages() {
        return written.stages();
    }

    public List<ProjectKind> projectKinds() {
        return written.projectKinds();
    }

    public List<Sector> sectors() {
        return written.sectors();
    }

    public List<Audience> audiences() {
        return written.audiences();
    }

    public boolean essOnly() {
        return written.essOnly();
    }

    public boolean collectiveOnly() {
        return written.collectiveOnly();
    }

    public SchemeCalendar calendar() {
        return written.calendar();
    }

    public LocalDate opensOn() {
        return written.opensOn();
    }

    public LocalDate closesOn() {
        return written.closesOn();
    }

    public Integer amountMin() {
        return written.amountMin();
    }

    public Integer amountMax() {
        return written.amountMax();
    }

    public BigDecimal ratePercent() {
        return written.ratePercent();
    }

    public String howToApply() {
        return written.howToApply();
    }

    public String website() {
        return written.website();
    }

    public LocalDate lastVerifiedOn() {
        return written.lastVerifiedOn();
    }

    public List<UUID> coverage() {
        return written.coverage();
    }

    public SchemeAccess access() {
        return written.access();
    }

    /** Whether one can apply on that day (a recurring window counts in the year it has moved on to). */
    public boolean openOn(LocalDate day) {
        if (calendar() == SchemeCalendar.ALWAYS || (opensOn() == null && closesOn() == null)) {
            return true;
        }
        return window(day).map(window -> window.holds(day)).orElse(false);
    }

    /** The window in force on that day or the next one; empty when always open or closed for good. */
    public Optional<SchemeWindow> window(LocalDate day) {
        return SchemeWindow.on(calendar(), opensOn(), closesOn(), day);
    }

    /** The funding rate written the French way, with a decimal comma; null when none is said. */
    public String rateShown() {
        return ratePercent() == null
                ? null
                : ratePercent().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public double completeness() {
        return Quality.completeness(description(), howToApply(), website(), stages(), audiences(), coverage());
    }

    public double quality(LocalDate today) {
        return Quality.score(completeness(), lastVerifiedOn(), today);
    }
}
