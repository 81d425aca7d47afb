package fr.passerelle.directory;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import java.time.LocalDate;
import java.util.List;

/**
 * What a project is, for the schemes' eligibility: a scheme fits when each of its conditions is empty ("any") or
 * met, and it is open on {@code day}.
 *
 * @param sectors the project's sectors; none means not known yet, and every sector fits
 * @param publics the publics the holder may belong to: a scheme kept for other publics only does not fit
 */
public record Eligibility(
        ProjectStage stage,
        ProjectKind kind,
        List<Sector> sectors,
        boolean ess,
        boolean collective,
        List<Audience> publics,
        LocalDate day) {}
