package fr.passerelle.directory.internal;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with the total count and, per filter, how many results each value
 * would give with the other filters kept.
 *
 * @param facets dimension ("family", "type"...) to value code to count
 */
public record SearchResult<T>(
        List<T> items, long total, int page, int pageSize, Map<String, Map<String, Long>> facets) {

    public long pages() {
        return (total + pageSize - 1) / pageSize;
    }
}
