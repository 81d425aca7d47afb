package fr.passerelle.resources;

import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.Resources;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * The library as other modules read it: its public resources only (not those reserved to the network's members or to
 * a working group), so that what links one never shows a reserved resource to someone who may not read it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResourceLibrary {

    private final Resources resources;

    /** The public resource of that id, when it is in the library. */
    public Optional<PublishedResource> published(UUID id) {
        return resources.find(null, id).filter(found -> !found.membersOnly()).map(ResourceLibrary::published);
    }

    /** The newest public resources, at most so many (a hundred at most). */
    public List<PublishedResource> latest(int most) {
        return resources.search(null, new Resources.Query(null, null, null, 0, most)).stream()
                .limit(most)
                .map(Resources.Hit::resource)
                .filter(found -> !found.membersOnly())
                .map(ResourceLibrary::published)
                .toList();
    }

    private static PublishedResource published(Resource resource) {
        return new PublishedResource(resource.id(), resource.title(), resource.summary(), resource.publishedOn());
    }
}
