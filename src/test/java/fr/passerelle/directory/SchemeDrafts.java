package fr.passerelle.directory;

import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.internal.SchemeDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Scheme drafts for tests that are about a scheme's calendar and dates only. */
public final class SchemeDrafts {

    private SchemeDrafts() {}

    /** A yearly call for projects of some organisation, with that calendar and those dates, nothing else filled. */
    public static SchemeDraft annualCall(SchemeCalendar calendar, LocalDate opens, LocalDate closes) {
        return new SchemeDraft(
                UUID.randomUUID(),
                "Appel annuel",
                "Un appel à projets chaque printemps.",
                SchemeType.APPEL_A_PROJETS,
                List.of(ProjectStage.IDEE),
                List.of(),
                List.of(),
                List.of(),
                false,
                false,
                calendar,
                opens,
                closes,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }
}
