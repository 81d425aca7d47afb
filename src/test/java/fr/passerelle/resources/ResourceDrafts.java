package fr.passerelle.resources;

import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceKind;
import java.time.LocalDate;
import java.util.List;

/** Resources as the tests publish them: a guide about welcoming newcomers, given by its link. */
public final class ResourceDrafts {

    private ResourceDrafts() {}

    /** A guide of that title, for everyone or the network's members only, published on that day. */
    public static ResourceDraft guide(String title, boolean membersOnly, String link, LocalDate publishedOn) {
        return new ResourceDraft(
                new ResourceDraft.Description(
                        title,
                        ResourceKind.GUIDE,
                        "Un guide pour essayer.",
                        List.of("accueil", "actifs"),
                        List.of("Accueil"),
                        null),
                null,
                "Réseau",
                publishedOn,
                membersOnly,
                link,
                List.of(),
                List.of());
    }
}
