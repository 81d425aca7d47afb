package fr.passerelle.orientation;

import java.util.List;
import java.util.Optional;

/** Orientation for a project: the local welcome desk first when there is one, then the results by need. */
public record OrientationResult(Optional<Pick> welcomeDesk, List<NeedGroup> groups) {

    public boolean empty() {
        return welcomeDesk.isEmpty()
                && groups.stream().allMatch(group -> group.picks().isEmpty());
    }
}
