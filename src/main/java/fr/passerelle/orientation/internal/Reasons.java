package fr.passerelle.orientation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Why a result is there, in plain words. Orientation ranks a few hundred candidates and shows a few dozen: ranking
 * counts each candidate's fit with reasons left unwritten, and only the results shown have theirs written (the same
 * steps run again), so that no French sentence is formatted for a candidate nobody reads.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Reasons {

    /** Reasons that are counted, not written. */
    public static final Reasons UNWRITTEN = new Reasons(null);

    private final List<String> written;

    /** The reasons the steps give, written in their order. */
    public static List<String> writtenBy(Consumer<Reasons> steps) {
        Reasons reasons = new Reasons(new ArrayList<>());
        steps.accept(reasons);
        return List.copyOf(reasons.written);
    }

    /** A reason, written only when these reasons are. */
    public void add(Supplier<String> text) {
        if (written != null) {
            written.add(text.get());
        }
    }
}
