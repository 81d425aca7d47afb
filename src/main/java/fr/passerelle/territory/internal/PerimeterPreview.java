package fr.passerelle.territory.internal;

import java.util.List;

/**
 * What saving a draft would change: the communes the perimeter would cover that it does not yet, and those it would no
 * longer cover, each as "Name (code)", and how many it would cover in all.
 */
public record PerimeterPreview(int covered, List<String> added, List<String> removed) {

    public boolean changes() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
