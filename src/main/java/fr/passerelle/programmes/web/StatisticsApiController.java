package fr.passerelle.programmes.web;

import fr.passerelle.programmes.internal.PublicFigures;
import fr.passerelle.programmes.internal.PublicStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The network's public figures for programs: the same table as the page {@code /chiffres}, small counts withheld. */
@RestController
@Tag(name = "Chiffres clés")
record StatisticsApiController(PublicFigures figures, MessageSource messages) {

    @GetMapping("/api/v1/statistics")
    @Operation(
            summary = "Les chiffres clés du réseau, année par année",
            description = "Les demandes d’accueil, les mises en relation et leurs suites, les installations et leur"
                    + " devenir à un et à trois ans, les événements et les offres, de l’année from à l’année to (les"
                    + " cinq dernières années par défaut, depuis 2016). Un nombre de 1 à 4 n’est pas donné (kind"
                    + " few, value null), ni un taux calculé sur moins de 5 (kind unpublished). Sans jeton.")
    @ApiResponse(responseCode = "200", description = "Les chiffres de chaque année")
    @ApiResponse(
            responseCode = "400",
            description = "Une année illisible, avant 2016 ou après cette année, ou une fin avant le début")
    StatisticsView statistics(
            @Parameter(description = "La première année, sur quatre chiffres") @RequestParam(required = false)
                    String from,
            @Parameter(description = "La dernière année, sur quatre chiffres") @RequestParam(required = false)
                    String to,
            Locale locale) {
        PeriodForm form = new PeriodForm(from, to);
        BindingResult errors = new BeanPropertyBindingResult(form, "periodForm");
        PeriodForm.Period period = form.check(errors);
        if (errors.hasErrors()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage(errors.getFieldErrors().get(0), locale));
        }
        PublicStatistics statistics = figures.of(period.first(), period.last());
        return new StatisticsView(
                statistics.years(),
                PublicStatistics.THRESHOLD,
                statistics.rows().stream()
                        .map(row -> figure(row, statistics.years(), locale))
                        .toList());
    }

    private FigureView figure(PublicStatistics.Row row, List<Integer> years, Locale locale) {
        return new FigureView(
                row.key(),
                messages.getMessage(row.label(), locale),
                IntStream.range(0, years.size())
                        .mapToObj(i -> value(years.get(i), row.cells().get(i)))
                        .toList());
    }

    private static YearValue value(int year, PublicStatistics.Cell cell) {
        return new YearValue(year, cell.given(), cell.kind().name().toLowerCase(Locale.ROOT));
    }

    @Schema(name = "Statistics", description = "Les chiffres clés du réseau sur des années")
    record StatisticsView(
            @Schema(description = "Les années, de la plus ancienne à la plus récente") List<Integer> years,
            @Schema(description = "En dessous de ce nombre, un compte n’est pas donné") int threshold,
            List<FigureView> figures) {}

    @Schema(name = "StatisticsFigure", description = "Un indicateur, année par année")
    record FigureView(String key, String label, List<YearValue> values) {}

    @Schema(name = "StatisticsValue", description = "La valeur d’un indicateur une année")
    record YearValue(
            int year,
            @Schema(nullable = true, description = "Le nombre, ou le taux en pour cent ; null quand il n’est pas donné")
                    Long value,
            @Schema(allowableValues = {"count", "few", "rate", "unpublished"}) String kind) {}
}
