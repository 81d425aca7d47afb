package fr.passerelle.orientation;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import java.util.List;

/**
 * A project of the orientation evaluation set ({@code bench/orientation-quality/cases.json}): what an experienced
 * advisor would name first for it, and what must not come in the first five, each with the reason; {@code correction}
 * says why an expectation was changed after the first runs, when one was (null otherwise).
 */
record QualityCase(
        String id,
        String project,
        ProjectKind kind,
        ProjectStage stage,
        List<Sector> sectors,
        boolean ess,
        boolean collective,
        List<Need> needs,
        List<HouseholdNeed> household,
        List<String> communes,
        List<Expectation> expected,
        List<Expectation> mustNot,
        String correction) {

    /**
     * An entry of the demonstration data and why. {@code key} is an organisation's key in
     * {@code directory-demo.json} (the organisation or any of its schemes), {@code key/Scheme name} (that scheme), or
     * {@code offre:Title start} (a territory's offer); {@code a|b} for either (France Active, national or
     * regional).
     */
    record Expectation(String key, String why) {}

    ProjectProfile profile() {
        return new ProjectProfile(kind, stage, sectors, ess, collective, needs, household, communes, project);
    }
}
