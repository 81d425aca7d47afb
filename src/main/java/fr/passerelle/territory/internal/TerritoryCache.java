package fr.passerelle.territory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterChanged;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every directory search asks first (the commune, the perimeters covering it), kept in
 * memory: emptied when this instance changes the geography, forgotten for the communes whose coverage a perimeter's
 * change touched, and at most a minute old when another instance did.
 */
@Component
public class TerritoryCache {

    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private final Cache<String, Optional<Commune>> communes = build();
    private final Cache<String, List<Perimeter>> covering = build();
    private final Cache<UUID, Perimeter> perimeters = build();

    private static <K, V> Cache<K, V> build() {
        return Caffeine.newBuilder()
                .maximumSize(40_000)
                .expireAfterWrite(AT_MOST)
                .build();
    }

    public Optional<Commune> commune(String code, Function<String, Optional<Commune>> read) {
        return communes.get(code, read);
    }

    public List<Perimeter> covering(String code, Function<String, List<Perimeter>> read) {
        return covering.get(code, read);
    }

    /** The perimeters of these ids that exist, reading only those not kept yet. */
    public Collection<Perimeter> perimeters(Collection<UUID> ids, Function<Collection<UUID>, List<Perimeter>> read) {
        return perimeters
                .getAll(ids, missing -> read.apply(toSet(missing)).stream()
                        .collect(Collectors.toMap(Perimeter::id, Function.identity())))
                .values();
    }

    private static Set<UUID> toSet(Iterable<? extends UUID> ids) {
        Set<UUID> set = new HashSet<>();
        ids.forEach(set::add);
        return set;
    }

    /** Now, and again once the change is committed, so that no read made meanwhile stays. */
    @EventListener
    void on(GeographyChanged change) {
        clear();
        afterCompletion(this::clear);
    }

    /** The perimeter and the coverage of the communes it changed for, now and again once the change is committed. */
    @EventListener
    void on(PerimeterChanged change) {
        Runnable forget = () -> {
            covering.invalidateAll(change.communes());
            perimeters.invalidate(change.perimeter());
        };
        forget.run();
        afterCompletion(forget);
    }

    private static void afterCompletion(Runnable forget) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }

    private void clear() {
        communes.invalidateAll();
        covering.invalidateAll();
        perimeters.invalidateAll();
    }
}
