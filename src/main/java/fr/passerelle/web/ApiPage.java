package fr.passerelle.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list of the JSON API, as partners' sites read it: its number, whether another follows, its items. */
public record ApiPage<T>(int page, boolean hasNext, List<T> items) {

    /**
     * The page from what was fetched for it: one item more than a page holds, the extra one only telling that another
     * page follows; each item shown as the function writes it.
     */
    public static <S, T> ApiPage<T> of(int page, List<S> fetched, int size, Function<S, T> item) {
        return new ApiPage<>(
                page,
                fetched.size() > size,
                fetched.stream().limit(size).map(item).toList());
    }
}
