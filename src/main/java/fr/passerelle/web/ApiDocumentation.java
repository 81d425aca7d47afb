package fr.passerelle.web;

import fr.passerelle.common.SiteAddress;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API ({@code /api/v1/openapi}): its title and servers, the bearer token scheme of
 * the personal API tokens, and the problem details (RFC 9457) that every error answers with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static final String TOKEN = "jeton";
    /** Marks an error answer whose body is documented on the operation, not a problem detail. */
    static final String OWN_BODY = "x-own-body";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI passerelleApi(SiteAddress site) {
        return new OpenAPI()
                .info(new Info()
                        .title("Passerelle — API")
                        .version("v1")
                        .description("L’API de Passerelle pour les sites et outils des partenaires : l’annuaire des"
                                + " structures et dispositifs, les offres d’activité, l’agenda, la ressourcethèque,"
                                + " les communes, les demandes d’accueil, les parcours de projets et les bilans."
                                + " Les réponses sont en JSON (UTF-8) ; les listes sont paginées (items, page,"
                                + " size, total, hasNext, links avec des adresses absolues) ; un filtre qui prend"
                                + " plusieurs valeurs se répète (kind=reprise&kind=local), une virgule faisant partie"
                                + " de la valeur, et un paramètre d’une seule valeur envoyé deux fois répond 400."
                                + " Les erreurs répondent"
                                + " en « problem details » (RFC 9457), en français par défaut (Accept-Language)."
                                + " Sans jeton, l’API montre ce qui est public ; un jeton d’API personnel (créé sur"
                                + " /compte/jetons) s’envoie dans l’en-tête Authorization: Bearer psr_… et agit avec"
                                + " les droits de son titulaire."))
                .servers(List.of(new Server().url(site.url()).description("Cette instance de Passerelle")))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("psr_…")
                                        .description("Jeton d’API personnel, créé sur /compte/jetons")))
                // Without a token the public answers; with one, its owner's rights.
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(TOKEN)));
    }

    /**
     * Every operation may answer 401 to an unknown, revoked or expired token, 406 to a request accepting none of the
     * types it writes, when it reads query parameters 400 to one of a single value sent twice and, when it reads a
     * body, 415 to a body of a type it does not read; every error is a problem detail, a 401 with
     * {@code WWW-Authenticate} and a 429 or 503 with {@code Retry-After}.
     */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api ->
                api.getPaths().values().forEach(path -> path.readOperations().forEach(this::errors));
    }

    /**
     * A query parameter that takes several values is repeated, each value as sent (OpenAPI's default, written out so
     * that clients need not know it): what {@link ApiParameters} reads.
     */
    @Bean
    OpenApiCustomizer repeatedParameters() {
        return api -> api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .flatMap(operation ->
                        Stream.ofNullable(operation.getParameters()).flatMap(List::stream))
                .filter(ApiDocumentation::listed)
                .forEach(parameter -> parameter.style(Parameter.StyleEnum.FORM).explode(true));
    }

    private static boolean listed(Parameter parameter) {
        return "query".equals(parameter.getIn())
                && parameter.getSchema() != null
                && "array".equals(parameter.getSchema().getType());
    }

    private static boolean single(Parameter parameter) {
        return "query".equals(parameter.getIn()) && !listed(parameter);
    }

    /**
     * The vocabularies a request body names (an organisation's kind, family, area…) are read by their lower-case codes,
     * the case ignored ({@code spring.jackson.mapper.accept-case-insensitive-enums}), and written so by the API's
     * answers: documented by those codes, not by the Java names Jackson's introspection gives.
     */
    @Bean
    OpenApiCustomizer requestVocabularies() {
        return api -> api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null)
                .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.get$ref() != null)
                .map(schema -> api.getComponents()
                        .getSchemas()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .forEach(ApiDocumentation::codes);
    }

    /** A request body's enumerated properties, and its lists' enumerated items, as lower-case codes. */
    private static void codes(Schema<?> body) {
        for (Schema<?> property : body.getProperties().values()) {
            codesOf(property.getItems() != null ? property.getItems() : property);
        }
    }

    @SuppressWarnings("unchecked")
    private static void codesOf(Schema<?> property) {
        if (property.getEnum() != null
                && !property.getEnum().isEmpty()
                && property.getEnum().get(0) instanceof String) {
            ((Schema<String>) property)
                    .setEnum(property.getEnum().stream()
                            .map(value -> ((String) value).toLowerCase(java.util.Locale.ROOT))
                            .toList());
        }
    }

    private void errors(Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.putIfAbsent(
                "401", new ApiResponse().description("Jeton d’API inconnu, révoqué ou expiré, ou nécessaire"));
        responses.putIfAbsent(
                "406",
                new ApiResponse().description("Aucun des types acceptés (Accept) n’est un de ceux de la réponse"));
        if (Stream.ofNullable(operation.getParameters()).flatMap(List::stream).anyMatch(ApiDocumentation::single)) {
            responses.putIfAbsent(
                    "400", new ApiResponse().description("Un paramètre d’une seule valeur envoyé plusieurs fois"));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent(
                    "415",
                    new ApiResponse().description("Un corps d’un type (Content-Type) que l’opération ne lit pas"));
        }
        responses.forEach((code, response) -> {
            // An error is a problem detail, unless documented with a body of its own (an import's report).
            boolean own =
                    response.getExtensions() != null && response.getExtensions().remove(OWN_BODY) != null;
            if ((code.startsWith("4") || code.startsWith("5")) && !own) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem())));
            }
            if (code.equals("401")) {
                response.addHeaderObject(
                        "WWW-Authenticate",
                        new Header()
                                .description("Bearer error=\"invalid_token\" pour un jeton refusé")
                                .schema(new StringSchema()));
            }
            if (code.equals("429") || code.equals("503")) {
                response.addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Le nombre de secondes à attendre avant de réessayer")
                                .schema(new IntegerSchema()));
            }
        });
    }

    /** RFC 9457 problem details as the API writes them, with the wrong fields of a refused request. */
    private static Schema<?> problem() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("Le champ à corriger"))
                .addProperty("message", new StringSchema().description("Ce qui ne va pas, en français par défaut"))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("Une erreur au format « problem details » (RFC 9457)")
                .addProperty("type", new StringSchema().description("about:blank"))
                .addProperty("title", new StringSchema().description("Le nom de l’erreur"))
                .addProperty("status", new IntegerSchema().description("Le code HTTP"))
                .addProperty("detail", new StringSchema().description("Ce qui s’est passé, en une phrase"))
                .addProperty("instance", new StringSchema().description("L’adresse demandée"))
                .addProperty(
                        "errors",
                        new ArraySchema().items(error).description("Les champs à corriger, pour une requête refusée"))
                .required(List.of("status", "title", "detail"));
    }
}
