package fr.passerelle.directory.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The rules an entry must follow beyond its fields' own constraints, whoever writes it. */
@Component
@RequiredArgsConstructor
public class EntryRules {

    private final Territories territories;

    /** @throws EntryRejectedException naming the field and the message key of the first rule broken */
    public void check(OrganisationDraft draft) {
        refuse(breaches(draft));
    }

    /** Every rule the draft breaks, one per field, so that an import can list them all at once. */
    List<Breach> breaches(OrganisationDraft draft) {
        List<Breach> broken = new ArrayList<>();
        if ((draft.kind() == OrganisationKind.INITIATIVE) != (draft.family() == null)) {
            broken.add(new Breach(
                    "family",
                    draft.family() == null ? "directory.family.required" : "directory.family.notForInitiatives"));
        }
        if (draft.communeCode() != null
                && !draft.communeCode().isBlank()
                && territories.commune(draft.communeCode()).isEmpty()) {
            broken.add(new Breach("communeCode", "directory.commune.unknown"));
        }
        if ((draft.latitude() == null) != (draft.longitude() == null)) {
            broken.add(new Breach("latitude", "directory.coordinates.together"));
        }
        try {
            checkCoverage("coverage", draft.coverage());
        } catch (EntryRejectedException coverage) {
            broken.add(new Breach(coverage.field(), coverage.messageKey()));
        }
        return broken;
    }

    /** @throws EntryRejectedException naming the field and the message key of the first rule broken */
    public void check(SchemeDraft draft) {
        refuse(breaches(draft));
    }

    /** Every rule the scheme breaks, one per field, so that a form can show them all at once. */
    List<Breach> breaches(SchemeDraft draft) {
        List<Breach> broken = new ArrayList<>();
        if (draft.calendar() == SchemeCalendar.DEADLINE && draft.closesOn() == null) {
            broken.add(new Breach("closesOn", "directory.closesOn.required"));
        }
        if (draft.calendar() == SchemeCalendar.RECURRING && (draft.opensOn() == null || draft.closesOn() == null)) {
            // Each year's session is the recorded one moved on: without both days there is nothing to move on.
            broken.add(new Breach(draft.opensOn() == null ? "opensOn" : "closesOn", "directory.recurring.dates"));
        }
        if (draft.opensOn() != null
                && draft.closesOn() != null
                && draft.opensOn().isAfter(draft.closesOn())) {
            broken.add(new Breach("closesOn", "directory.closesOn.beforeOpening"));
        }
        if (draft.amountMin() != null && draft.amountMax() != null && draft.amountMin() > draft.amountMax()) {
            broken.add(new Breach("amountMax", "directory.amountMax.belowMin"));
        }
        if (draft.coverage() != null && !draft.coverage().isEmpty()) {
            try {
                checkCoverage("coverage", draft.coverage());
            } catch (EntryRejectedException coverage) {
                broken.add(new Breach(coverage.field(), coverage.messageKey()));
            }
        }
        return broken;
    }

    private void checkCoverage(String field, List<UUID> coverage) {
        if (coverage == null || coverage.isEmpty()) {
            throw new EntryRejectedException(field, "directory.coverage.required");
        }
        if (territories.perimeters(coverage).size()
                != coverage.stream().distinct().count()) {
            throw new EntryRejectedException(field, "directory.coverage.unknown");
        }
    }

    private static void refuse(List<Breach> broken) {
        EntryRejectedException.of(broken).ifPresent(refusal -> {
            throw refusal;
        });
    }
}
