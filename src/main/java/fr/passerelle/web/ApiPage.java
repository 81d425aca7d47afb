package fr.passerelle.web;

import fr.passerelle.common.SiteAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list of the JSON API, the one shape of every list: its items, its number (from 0) and size, how many
 * items in all when that is counted, whether another page follows, and the absolute links to it and its neighbours.
 */
@Schema(description = "Une page d’une liste")
public record ApiPage<T>(
        @Schema(description = "Les éléments de la page") List<T> items,
        @Schema(description = "Le numéro de la page, à partir de 0") int page,
        @Schema(description = "Le nombre d’éléments au plus par page") int size,
        @Schema(description = "Le nombre d’éléments en tout, quand il est compté", nullable = true) Long total,
        @Schema(description = "Une page suit") boolean hasNext,
        Links links) {

    /** The page's own address and its neighbours', as absolute URLs with the same parameters. */
    @Schema(name = "PageLinks", description = "Les adresses absolues de la page et de ses voisines")
    public record Links(
            String self,
            @Schema(nullable = true, description = "La page suivante, s’il y en a une") String next,
            @Schema(nullable = true, description = "La page précédente, s’il y en a une") String previous) {

        /** The links of page {@code page} of the list the request asked for, on the platform's public address. */
        public static Links of(SiteAddress site, HttpServletRequest request, int page, boolean hasNext) {
            UriComponentsBuilder address = UriComponentsBuilder.fromUriString(site.url() + request.getRequestURI());
            if (request.getQueryString() != null) {
                address.query(request.getQueryString());
            }
            return new Links(
                    at(address, page), hasNext ? at(address, page + 1) : null, page > 0 ? at(address, page - 1) : null);
        }

        private static String at(UriComponentsBuilder address, int page) {
            return address.cloneBuilder()
                    .replaceQueryParam("page", page)
                    .build()
                    .toUriString();
        }
    }

    /** The most items a page holds. */
    public static final int MAX_SIZE = 100;

    /**
     * The page size asked for ({@code size} in the URL), {@code fallback} when none is given; a value that is not a
     * number from 1 to {@value #MAX_SIZE} is written in {@code wrong} as "size=value".
     */
    public static int size(String value, int fallback, List<String> wrong) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int size = value.strip().matches("\\d{1,3}") ? Integer.parseInt(value.strip()) : -1;
        if (size < 1 || size > MAX_SIZE) {
            wrong.add("size=" + value);
            return fallback;
        }
        return size;
    }

    /** Refuses the request (400) when some of its parameters, written in {@code wrong} as "name=value", mean nothing. */
    public static void refuse(List<String> wrong) {
        if (!wrong.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Paramètres inconnus ou invalides : " + String.join(", ", wrong));
        }
    }

    /** A page whose list was counted: another follows when the items before and on it are fewer than the total. */
    public static <T> ApiPage<T> counted(
            SiteAddress site, HttpServletRequest request, List<T> items, int page, int size, long total) {
        boolean hasNext = (long) (page + 1) * size < total;
        return new ApiPage<>(items, page, size, total, hasNext, Links.of(site, request, page, hasNext));
    }

    /**
     * The page from what was fetched for it: one item more than a page holds, the extra one only telling that another
     * page follows; each item shown as the function writes it.
     */
    public static <S, T> ApiPage<T> fetched(
            SiteAddress site, HttpServletRequest request, int page, List<S> fetched, int size, Function<S, T> item) {
        boolean hasNext = fetched.size() > size;
        return new ApiPage<>(
                fetched.stream().limit(size).map(item).toList(),
                page,
                size,
                null,
                hasNext,
                Links.of(site, request, page, hasNext));
    }
}
