package fr.passerelle.accounts;

import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;

/**
 * What a module says of its pages, in one bean of its web package: those only a signed-in user opens
 * ({@link ProtectedPages}) and the links it adds to the main navigation ({@link NavigationLinks}). The bean extends
 * this class and names both in its constructor.
 */
public abstract class ModulePages implements ProtectedPages, NavigationLinks {

    private final List<String> signedIn = new ArrayList<>();
    private final List<String> networkStaff = new ArrayList<>();
    private final List<NavigationLink> links = new ArrayList<>();
    private final List<String> embeddable = new ArrayList<>();
    private final List<String> oneClickUnsubscribe = new ArrayList<>();
    private final List<String> anonymousApiWrites = new ArrayList<>();

    /** Path patterns of pages for signed-in users only, a star standing for one segment and two for any number. */
    protected final void signedIn(String... patterns) {
        signedIn.addAll(List.of(patterns));
    }

    /** Path patterns of public pages that partner sites may show in a frame (see {@link ProtectedPages#embeddable}). */
    protected final void embeddable(String... patterns) {
        embeddable.addAll(List.of(patterns));
    }

    /** Path patterns the module's e-mails give for a one-click unsubscribe (see {@link ProtectedPages#oneClickUnsubscribe}). */
    protected final void oneClickUnsubscribe(String... patterns) {
        oneClickUnsubscribe.addAll(List.of(patterns));
    }

    /** Path patterns of the module's API that partner sites POST to anonymously (see {@link ProtectedPages#anonymousApiWrites}). */
    protected final void anonymousApiWrite(String... patterns) {
        anonymousApiWrites.addAll(List.of(patterns));
    }

    /** Path patterns of pages for coordinators and administrators only, even under {@code /admin/}. */
    protected final void networkStaff(String... patterns) {
        networkStaff.addAll(List.of(patterns));
    }

    @Override
    public final List<String> networkStaff() {
        return List.copyOf(networkStaff);
    }

    /** A link of the main navigation: its rank (links are shown in that order), address, label's key and viewers. */
    protected final void link(int rank, String href, String labelKey, Predicate<Authentication> shownTo) {
        links.add(new NavigationLink(rank, href, labelKey, shownTo));
    }

    @Override
    public final List<String> signedIn() {
        return List.copyOf(signedIn);
    }

    @Override
    public final List<String> oneClickUnsubscribe() {
        return List.copyOf(oneClickUnsubscribe);
    }

    @Override
    public final List<String> anonymousApiWrites() {
        return List.copyOf(anonymousApiWrites);
    }

    @Override
    public final List<String> embeddable() {
        return List.copyOf(embeddable);
    }

    @Override
    public final List<NavigationLink> links() {
        return List.copyOf(links);
    }
}
