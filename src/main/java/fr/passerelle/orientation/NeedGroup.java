package fr.passerelle.orientation;

import fr.passerelle.common.Need;
import java.util.List;

/** The results that answer one of the project's needs, best first. */
public record NeedGroup(Need need, List<Pick> picks) {}
