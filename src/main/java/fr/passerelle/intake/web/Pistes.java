package fr.passerelle.intake.web;

import fr.passerelle.common.Paris;
import fr.passerelle.intake.ProjectFile;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationResult;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Orientation for an intake project, as the referent and the holder see it ("mes pistes"). */
@Component
record Pistes(Orientation orientation) {
    OrientationResult of(ProjectFile file) {
        return orientation.orient(file.profile(), LocalDate.now(Paris.ZONE));
    }
}
