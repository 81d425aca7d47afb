package fr.passerelle.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The page a list of the JSON API is asked for ({@code page} from 0, {@code size} from 1 to {@value ApiPage#MAX_SIZE}),
 * bound from the URL with {@code @ParameterObject}: read as written, so that a wrong value is reported with the other
 * wrong parameters of the request rather than failing the binding.
 */
public record ApiPaging(
        @Parameter(
                        description = "Le numéro de la page, à partir de 0",
                        schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
                String page,
        @Parameter(
                        description = "Le nombre d’éléments par page, de 1 à 100 (la taille par défaut est dite par"
                                + " chaque liste)",
                        schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
                String size) {

    /** The page number, 0 when none is given; one that is not a number from 0 is written in {@code wrong}. */
    public int page(List<String> wrong) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        if (!page.strip().matches("\\d{1,9}")) {
            wrong.add("page=" + page);
            return 0;
        }
        return Integer.parseInt(page.strip());
    }

    /** The page size, {@code fallback} when none is given; a wrong one is written in {@code wrong}. */
    public int size(int fallback, List<String> wrong) {
        return ApiPage.size(size, fallback, wrong);
    }
}
