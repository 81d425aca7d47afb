package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.jayway.jsonpath.JsonPath;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.Parameter.StyleEnum;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.support.InvocableHandlerMethod;

/**
 * The OpenAPI document describes the API as it answers: every documented answer of every operation is given by a real
 * request, and each request and answer is checked against the document by Atlassian's swagger-request-validator.
 */
@PlatformTest
class ApiDocumentTests {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.common.SiteAddress site;

    private OpenApiInteractionValidator validator;
    private final Map<String, TreeSet<String>> exercised = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    /** The query parameters each operation's handler read, whether the document declares them or not. */
    private final Map<String, TreeSet<String>> read = new TreeMap<>();
    /** The last right request of each operation, sent again as it is but for the types it accepts or sends. */
    private final Map<String, Sent> right = new TreeMap<>();

    private final Set<String> readNow = new TreeSet<>();
    private String accept;

    @Test
    void everyDocumentedAnswerOfEveryOperationIsGivenAndMatchesTheDocument() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document);
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        assertThat(api.getInfo().getTitle()).isEqualTo("Passerelle — API");
        assertThat(api.getComponents().getSecuritySchemes().get("jeton").getScheme())
                .isEqualTo("bearer");
        validator = validator(document);

        Tokens tokens = tokens();
        directory(tokens);
        offers();
        events();
        intakes();
        projects(tokens);
        programmes(tokens);
        resources(tokens);
        communes();
        statistics();
        unknownTokens();
        wrongTypes();

        assertThat(problems).isEmpty();
        Map<String, TreeSet<String>> documented = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> documented.put(
                        method + " " + path,
                        new TreeSet<>(operation.getResponses().keySet()))));
        assertThat(exercised).isEqualTo(documented);
        assertThat(undeclaredParameters(api)).isEmpty();
    }

    /** A code each list parameter takes, where the document gives none. */
    private static final Map<String, String> CODES = Map.of(
            "/api/v1/events kind", "atelier",
            "/api/v1/events audience", "porteurs_projet",
            "family", "inform_orient",
            "kind", "support_structure",
            "area", "rural",
            "sector", "agriculture_alimentation",
            "type", "accompagnement",
            "stage", "idee",
            "audience", "jeunes");

    /**
     * Each list reads its query parameters as the document declares them: one of a single value sent twice is refused
     * (400) naming it, rather than read as its values joined by a comma; a value holding a comma is one value, unknown
     * (400 naming it), not two known ones.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/offers",
                "/api/v1/territories/{code}/offers",
                "/api/v1/events",
                "/api/v1/organisations",
                "/api/v1/schemes",
                "/api/v1/directory.geojson",
                "/api/v1/resources",
                "/api/v1/territories/communes"
            })
    void aListReadsItsParametersAsTheDocumentDeclaresThem(String list) throws Exception {
        String document = mvc.perform(get("/api/v1/openapi"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        validator = validator(document);
        String path = list.replace("{code}", "le-diois");
        List<Parameter> parameters = new OpenAPIV3Parser()
                .readContents(document)
                .getOpenAPI()
                .getPaths()
                .get(list)
                .getGet()
                .getParameters();
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                refusesMisuseOf(list, path, parameter);
            }
        }
        assertThat(parameters).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /** A list's values joined by a comma, or a single-valued parameter sent twice (and an enum's joined values). */
    private void refusesMisuseOf(String list, String path, Parameter parameter) throws Exception {
        String name = parameter.getName();
        Schema<?> schema = parameter.getSchema();
        if ("array".equals(schema.getType())) {
            assertThat(parameter.getStyle()).as(name).isEqualTo(StyleEnum.FORM);
            assertThat(parameter.getExplode()).as(name).isTrue();
            String code = code(list, name, schema.getItems());
            refused(list, path + "?" + name + "=" + code + "," + code, name + "=" + code + "," + code);
            return;
        }
        refused(list, path + "?" + name + "=1&" + name + "=1", "fois\u00a0: " + name + ".");
        if (schema.getEnum() != null) {
            String code = schema.getEnum().get(0).toString();
            refused(list, path + "?" + name + "=" + code + "," + code, code + "," + code);
        }
    }

    /** A code a list parameter takes: the first its document gives, or a known one. */
    private static String code(String list, String name, Schema<?> items) {
        if (items.getEnum() != null) {
            return items.getEnum().get(0).toString();
        }
        return CODES.getOrDefault(list + " " + name, CODES.get(name));
    }

    /** The request is refused (400), its detail naming what was wrong, and the answer is one the document gives. */
    private void refused(String template, String uri, String named) throws Exception {
        int before = problems.size();
        String answer = exchange(HttpMethod.GET, template, uri, address(), null, null, null, 400, false);
        if (problems.size() == before) {
            assertThat(JsonPath.<String>read(answer, "$.detail")).as(uri).contains(named);
        }
    }

    private static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /**
     * Each operation's query parameters that its handler read (its arguments and its body, through the request)
     * while the document does not declare them: a parameter the API accepts is one partners can find.
     */
    private Map<String, Set<String>> undeclaredParameters(OpenAPI api) {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Set<String> declared = new TreeSet<>();
            Stream.concat(
                            Stream.ofNullable(item.getParameters()).flatMap(List::stream),
                            Stream.ofNullable(operation.getParameters()).flatMap(List::stream))
                    .forEach(parameter -> declared.add(parameter.getName()));
            Set<String> missing = new TreeSet<>(read.getOrDefault(method + " " + path, new TreeSet<>()));
            missing.removeAll(declared);
            if (!missing.isEmpty()) {
                undeclared.put(method + " " + path, missing);
            }
        }));
        assertThat(read).as("parameters read by the handlers").isNotEmpty();
        return undeclared;
    }

    private void directory(Tokens tokens) throws Exception {
        String organisations = "/api/v1/organisations";
        String page = call(HttpMethod.GET, organisations, organisations + "?size=2&page=1&q=accompagnement", 200);
        expect(page, "$.links.self", site.url() + "/api/v1/organisations?size=2&q=accompagnement&page=1");
        expect(page, "$.links.previous", site.url() + "/api/v1/organisations?size=2&q=accompagnement&page=0");
        String id = JsonPath.read(call(HttpMethod.GET, organisations, organisations + "?size=1", 200), "$.items[0].id");
        call(HttpMethod.GET, organisations, organisations + "?commune=26113&size=3", 200);
        wrong(HttpMethod.GET, organisations, organisations + "?size=500", 400);
        String schemes = "/api/v1/schemes";
        String scheme = JsonPath.read(call(HttpMethod.GET, schemes, schemes + "?size=3", 200), "$.items[0].id");
        call(HttpMethod.GET, schemes, schemes + "?commune=26113&open=true", 200);
        wrong(HttpMethod.GET, schemes, schemes + "?commune=nulle-part", 400);
        String one = "/api/v1/organisations/{id}";
        call(HttpMethod.GET, one, "/api/v1/organisations/" + id, 200);
        wrong(HttpMethod.GET, one, "/api/v1/organisations/" + UNKNOWN, 404);
        wrong(HttpMethod.GET, one, "/api/v1/organisations/pas-un-uuid", 400);
        String oneScheme = "/api/v1/schemes/{id}";
        call(HttpMethod.GET, oneScheme, "/api/v1/schemes/" + scheme, 200);
        wrong(HttpMethod.GET, oneScheme, "/api/v1/schemes/" + UNKNOWN, 404);
        wrong(HttpMethod.GET, oneScheme, "/api/v1/schemes/pas-un-uuid", 400);
        call(HttpMethod.GET, "/api/v1/directory.geojson", "/api/v1/directory.geojson?departement=26", 200);
        wrong(HttpMethod.GET, "/api/v1/directory.geojson", "/api/v1/directory.geojson?family=inconnue", 400);
        for (String export : List.of("/api/v1/organisations.csv", "/api/v1/organisations.xlsx")) {
            call(HttpMethod.GET, export, export + "?departement=26", 200);
            wrong(HttpMethod.GET, export, export + "?departement=26&departement=07", 400);
        }
        call(HttpMethod.GET, "/api/v1/data-inclusion/structures", "/api/v1/data-inclusion/structures", 200);
        call(HttpMethod.GET, "/api/v1/data-inclusion/services", "/api/v1/data-inclusion/services", 200);

        String imports = "/api/v1/organisations/import";
        String name = "Essai du document " + UUID.randomUUID().toString().substring(0, 6);
        String csv = "nom;type;famille;ville_campagne;code_insee;territoires_codes\n" + name
                + ";Réseau;Ils informent et orientent;Rural;26113;france\n";
        send(HttpMethod.POST, imports, imports + "?format=CSV&dryRun=true", tokens.coordinator, "text/csv", csv, 200);
        send(HttpMethod.POST, imports, imports + "?format=CSV&dryRun=false", tokens.coordinator, "text/csv", csv, 200);
        send(HttpMethod.POST, imports, imports + "?format=CSV", tokens.coordinator, "text/csv", "nom;type\n;;;\n", 422);
        // Sent again for its wrong types, it must not import the file twice.
        right.put(
                "POST " + imports,
                new Sent(imports, imports + "?format=CSV&dryRun=true", tokens.coordinator, "text/csv", csv));
        sendWrong(HttpMethod.POST, imports, imports + "?format=XML", tokens.coordinator, "text/csv", csv, 400);
        sendWrong(HttpMethod.POST, imports, imports, tokens.reader, "text/csv", csv, 403);
        sendWrong(
                HttpMethod.POST,
                imports,
                imports,
                tokens.coordinator,
                "text/csv",
                "x".repeat(5 * 1024 * 1024 + 1),
                413);

        UUID mine = jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
        UUID france = jdbc.sql("select perimeter_id from organisation_coverage where organisation_id = :id")
                .param("id", mine)
                .query(UUID.class)
                .single();
        String draft =
                """
                {"name": "%s", "kind": "support_structure", "family": "inform_orient", "area": "rural",
                 "communeCode": "26113", "coverage": ["%s"]}
                """
                        .formatted(name, france);
        String update = "/api/v1/organisations/{id}";
        send(
                HttpMethod.PUT,
                update,
                "/api/v1/organisations/" + mine,
                tokens.coordinator,
                "application/json",
                draft,
                200);
        sendWrong(
                HttpMethod.PUT,
                update,
                "/api/v1/organisations/" + mine,
                tokens.coordinator,
                "application/json",
                "{}",
                400);
        sendWrong(
                HttpMethod.PUT, update, "/api/v1/organisations/" + mine, tokens.reader, "application/json", draft, 403);
        sendWrong(
                HttpMethod.PUT,
                update,
                "/api/v1/organisations/" + UNKNOWN,
                tokens.coordinator,
                "application/json",
                draft,
                404);
    }

    private void offers() throws Exception {
        String offers = "/api/v1/offers";
        String page = call(HttpMethod.GET, offers, offers + "?kind=reprise&kind=local&size=2", 200);
        expect(page, "$.links.self", site.url() + "/api/v1/offers?kind=reprise&kind=local&size=2&page=0");
        call(HttpMethod.GET, offers, offers + "?near=26113&radiusKm=50&rural=true", 200);
        wrong(HttpMethod.GET, offers, offers + "?kind=chateau", 400);
        String territory = "/api/v1/territories/{code}/offers";
        call(HttpMethod.GET, territory, "/api/v1/territories/le-diois/offers?size=5", 200);
        wrong(HttpMethod.GET, territory, "/api/v1/territories/nulle-part/offers", 404);
        wrong(HttpMethod.GET, territory, "/api/v1/territories/le-diois/offers?size=0", 400);
    }

    private void events() throws Exception {
        String events = "/api/v1/events";
        String page = call(HttpMethod.GET, events, events + "?size=2", 200);
        if (JsonPath.<List<?>>read(page, "$.items").size() > 2) {
            problems.add("/api/v1/events?size=2 gave more than 2 events");
        }
        call(HttpMethod.GET, events, events + "?from=2000-01-01&kind=atelier&online=true", 200);
        wrong(HttpMethod.GET, events, events + "?month=mars", 400);
        UUID upcoming = jdbc.sql(
                        "select id from event where status = 'published' and starts_at > now() + interval '1 day'"
                                + " and not exists (select 1 from event_question q where q.event_id = event.id and q.required)"
                                + " order by starts_at limit 1")
                .query(UUID.class)
                .single();
        UUID past = jdbc.sql("select id from event where status = 'published' and starts_at < now() limit 1")
                .query(UUID.class)
                .single();
        String ics = "/api/v1/events/{id}.ics";
        call(HttpMethod.GET, ics, "/api/v1/events/" + upcoming + ".ics", 200);
        wrong(HttpMethod.GET, ics, "/api/v1/events/" + UNKNOWN + ".ics", 404);
        wrong(HttpMethod.GET, ics, "/api/v1/events/pas-un-uuid.ics", 400);

        String registrations = "/api/v1/events/{id}/registrations";
        String address = address();
        String registration =
                """
                {"name": "Lou Martin", "email": "%s", "organisation": "Ferme des Trois Becs", "consent": true}
                """
                        .formatted(Sessions.uniqueEmail("lou"));
        send(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + upcoming + "/registrations",
                address,
                registration,
                202);
        // The sessions chosen, by their uid as the event's slots give it.
        String session = jdbc.sql("select uid from event_slot where event_id = :id order by position limit 1")
                .param("id", upcoming)
                .query(String.class)
                .single();
        send(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + upcoming + "/registrations",
                address(),
                """
                {"name": "Lou Séances", "email": "%s", "consent": true, "sessions": ["%s"]}
                """
                        .formatted(Sessions.uniqueEmail("lou-seances"), session),
                202);
        sendWrong(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + upcoming + "/registrations",
                address(),
                "{\"name\": \"\", \"email\": \"pas-une-adresse\"}",
                400);
        sendWrong(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + past + "/registrations",
                address(),
                registration,
                409);
        sendWrong(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + UNKNOWN + "/registrations",
                address(),
                registration,
                404);
        // This address has registered an hour's worth of times.
        jdbc.sql("update throttle_window set hits = 1000000 where scope = 'registration-address' and subject = :a")
                .param("a", address)
                .update();
        sendWrong(
                HttpMethod.POST,
                registrations,
                "/api/v1/events/" + upcoming + "/registrations",
                address,
                registration,
                429);
    }

    private void intakes() throws Exception {
        String intakes = "/api/v1/intakes";
        String email = Sessions.uniqueEmail("cafe");
        String intake =
                """
                {"holderKind": "collective", "name": "Café de Die", "email": "%s", "projectTitle": "Un café associatif",
                 "projectKind": "initiative_citoyenne", "stage": "idee", "needs": ["accompagnement"],
                 "targetScope": "epci", "targetCommunes": ["26113"], "shareWithStructures": true}
                """
                        .formatted(email);
        send(HttpMethod.POST, intakes, intakes, address(), intake, 201);
        // Sent again for its wrong types, it must not reach the limit of intakes for one e-mail address.
        right.put(
                "POST " + intakes,
                new Sent(
                        intakes,
                        intakes,
                        null,
                        "application/json",
                        intake.replace(email, Sessions.uniqueEmail("cafe"))));
        sendWrong(HttpMethod.POST, intakes, intakes, address(), "{\"holderKind\": \"martien\"}", 400);
        sendWrong(HttpMethod.POST, intakes, intakes, address(), "{ pas du json", 400);
        for (int i = 0; i < 3; i++) {
            mvc.perform(request(HttpMethod.POST, intakes, address(), null, "application/json", intake));
        }
        sendWrong(HttpMethod.POST, intakes, intakes, address(), intake, 429);
    }

    private void projects(Tokens tokens) throws Exception {
        UUID project = jdbc.sql("select id from project order by created_at limit 1")
                .query(UUID.class)
                .single();
        for (String what : List.of("orientation", "timeline")) {
            String path = "/api/v1/projects/{id}/" + what;
            send(HttpMethod.GET, path, "/api/v1/projects/" + project + "/" + what, tokens.coordinator, null, null, 200);
            sendWrong(
                    HttpMethod.GET,
                    path,
                    "/api/v1/projects/" + UNKNOWN + "/" + what,
                    tokens.coordinator,
                    null,
                    null,
                    404);
            sendWrong(
                    HttpMethod.GET, path, "/api/v1/projects/pas-un-uuid/" + what, tokens.coordinator, null, null, 400);
        }
    }

    private void programmes(Tokens tokens) throws Exception {
        UUID programme =
                jdbc.sql("select id from programme limit 1").query(UUID.class).single();
        UUID action = jdbc.sql("select id from programme_action limit 1")
                .query(UUID.class)
                .single();
        for (String kind : List.of("programmes", "actions")) {
            String path = "/api/v1/" + kind + "/{id}/report";
            UUID id = kind.equals("programmes") ? programme : action;
            send(HttpMethod.GET, path, "/api/v1/" + kind + "/" + id + "/report", tokens.coordinator, null, null, 200);
            sendWrong(HttpMethod.GET, path, "/api/v1/" + kind + "/" + id + "/report", tokens.member, null, null, 403);
            sendWrong(
                    HttpMethod.GET,
                    path,
                    "/api/v1/" + kind + "/" + UNKNOWN + "/report",
                    tokens.coordinator,
                    null,
                    null,
                    404);
            sendWrong(
                    HttpMethod.GET,
                    path,
                    "/api/v1/" + kind + "/pas-un-uuid/report",
                    tokens.coordinator,
                    null,
                    null,
                    400);
            wrong(HttpMethod.GET, path, "/api/v1/" + kind + "/" + id + "/report", 401);
        }
        String list = "/api/v1/programmes";
        send(HttpMethod.GET, list, list, tokens.coordinator, null, null, 200);
        sendWrong(HttpMethod.GET, list, list, tokens.member, null, null, 403);
        sendWrong(HttpMethod.GET, list, list + "?page=deux", tokens.coordinator, null, null, 400);
        String actions = "/api/v1/programmes/{id}/actions";
        send(HttpMethod.GET, actions, list + "/" + programme + "/actions", tokens.coordinator, null, null, 200);
        sendWrong(HttpMethod.GET, actions, list + "/" + programme + "/actions", tokens.member, null, null, 403);
        sendWrong(HttpMethod.GET, actions, list + "/" + UNKNOWN + "/actions", tokens.coordinator, null, null, 404);
        sendWrong(HttpMethod.GET, actions, list + "/pas-un-uuid/actions", tokens.coordinator, null, null, 400);
    }

    private void resources(Tokens tokens) throws Exception {
        String resources = "/api/v1/resources";
        call(HttpMethod.GET, resources, resources + "?size=2", 200);
        send(HttpMethod.GET, resources, resources + "?q=foncier", tokens.member, null, null, 200);
        wrong(HttpMethod.GET, resources, resources + "?kind=roman", 400);
        wrong(HttpMethod.GET, resources, resources + "?page=-1", 400);
    }

    private void communes() throws Exception {
        String communes = "/api/v1/territories/communes";
        call(HttpMethod.GET, communes, communes + "?q=die&limit=5", 200);
        wrong(HttpMethod.GET, communes, communes + "?limit=beaucoup", 400);
        String one = "/api/v1/territories/communes/{code}";
        call(HttpMethod.GET, one, communes + "/26113", 200);
        wrong(HttpMethod.GET, one, communes + "/99999", 404);
    }

    private void statistics() throws Exception {
        String statistics = "/api/v1/statistics";
        call(HttpMethod.GET, statistics, statistics + "?from=2019&to=2021", 200);
        wrong(HttpMethod.GET, statistics, statistics + "?from=deux", 400);
        wrong(HttpMethod.GET, statistics, statistics + "?from=2021&to=2019", 400);
    }

    /** Every operation answers 401 to an unknown token. */
    private void unknownTokens() throws Exception {
        for (var operation : new ArrayList<>(exercised.keySet())) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = template.replace("{id}", UNKNOWN).replace("{code}", "26113");
            sendWrong(HttpMethod.valueOf(method), template, path, "Bearer psr_inconnu", "application/json", "{}", 401);
        }
    }

    /**
     * Every operation answers 406 to a request that accepts only a type it does not write, and one that reads a body
     * answers 415 to a body of a type it does not read: its last right request, sent again so.
     */
    private void wrongTypes() throws Exception {
        for (var entry : right.entrySet()) {
            Sent sent = entry.getValue();
            HttpMethod method = HttpMethod.valueOf(
                    entry.getKey().substring(0, entry.getKey().indexOf(' ')));
            accept = "application/xml";
            try {
                sendAgain(method, sent, sent.type, 406);
            } finally {
                accept = null;
            }
            if (sent.body != null) {
                sendAgain(method, sent, "application/xml", 415);
            }
        }
    }

    /** The request sent again from another address, its body of that type, expecting that status. */
    private void sendAgain(HttpMethod method, Sent sent, String type, int status) throws Exception {
        exchange(method, sent.template, sent.uri, address(), sent.authorization, type, sent.body, status, false);
    }

    /** A request as it was sent. */
    private record Sent(String template, String uri, String authorization, String type, String body) {}

    // ------------------------------------------------------------------------------------------------------------

    private record Tokens(String coordinator, String reader, String member) {}

    private Tokens tokens() throws Exception {
        Cookie coordinator = session(Role.COORDINATOR);
        Cookie member = session(Role.ADVISOR);
        return new Tokens(
                "Bearer " + token(coordinator, "READ_WRITE"),
                "Bearer " + token(coordinator, "READ"),
                "Bearer " + token(member, "READ"));
    }

    private Cookie session(Role role) throws Exception {
        String email = Sessions.uniqueEmail("api-" + role.name().toLowerCase());
        Sessions.user(accounts, email, role);
        return Sessions.signIn(mvc, email);
    }

    private String token(Cookie session, String scope) throws Exception {
        return (String) mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Document " + scope)
                        .param("scope", scope))
                .andReturn()
                .getFlashMap()
                .get("created");
    }

    /** A value of an answer, noted as a problem when it is not the one expected. */
    private void expect(String answer, String path, Object expected) {
        Object actual = JsonPath.read(answer, path);
        if (!expected.equals(actual)) {
            problems.add(path + ": " + actual + " instead of " + expected);
        }
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private String call(HttpMethod method, String template, String uri, int status) throws Exception {
        return exchange(method, template, uri, address(), null, null, null, status, true);
    }

    private void wrong(HttpMethod method, String template, String uri, int status) throws Exception {
        exchange(method, template, uri, address(), null, null, null, status, false);
    }

    private String send(
            HttpMethod method, String template, String uri, String authorization, String type, String body, int status)
            throws Exception {
        return exchange(method, template, uri, address(), authorization, type, body, status, true);
    }

    private void send(HttpMethod method, String template, String uri, String address, String body, int status)
            throws Exception {
        exchange(method, template, uri, address, null, "application/json", body, status, true);
    }

    private void sendWrong(
            HttpMethod method, String template, String uri, String authorization, String type, String body, int status)
            throws Exception {
        exchange(method, template, uri, address(), authorization, type, body, status, false);
    }

    private void sendWrong(HttpMethod method, String template, String uri, String address, String body, int status)
            throws Exception {
        exchange(method, template, uri, address, null, "application/json", body, status, false);
    }

    /**
     * Sends the request, expects the status, and has the validator check the answer (and the request too when it is
     * meant to be a right one); the answer is counted as exercised for the operation.
     */
    private String exchange(
            HttpMethod method,
            String template,
            String uri,
            String address,
            String authorization,
            String type,
            String body,
            int status,
            boolean rightRequest)
            throws Exception {
        readNow.clear();
        MockHttpServletResponse answer = mvc.perform(request(method, uri, address, authorization, type, body))
                .andReturn()
                .getResponse();
        String text = answer.getContentAsString(StandardCharsets.UTF_8);
        String operation = method.name() + " " + template;
        read.computeIfAbsent(operation, key -> new TreeSet<>()).addAll(readNow);
        if (rightRequest && status / 100 == 2 && accept == null) {
            right.put(operation, new Sent(template, uri, authorization, type, body));
        }
        if (answer.getStatus() != status) {
            problems.add(operation + " " + uri + ": " + answer.getStatus() + " instead of " + status + " " + text);
            return text;
        }
        exercised.computeIfAbsent(operation, key -> new TreeSet<>()).add(Integer.toString(status));
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.getStatus()).withBody(text);
        if (answer.getContentType() != null) {
            response.withContentType(answer.getContentType());
        }
        answer.getHeaderNames().forEach(name -> response.withHeader(name, answer.getHeaders(name)));
        Request request = validated(method, uri, authorization, type, body);
        ValidationReport report = rightRequest
                ? validator.validate(request, response.build())
                : validator.validateResponse(request.getPath(), request.getMethod(), response.build());
        if (report.hasErrors()) {
            problems.add(operation + " " + uri + " " + status + ":\n" + report.getMessages());
        }
        return text;
    }

    private ReadingRequestBuilder request(
            HttpMethod method, String uri, String address, String authorization, String type, String body) {
        ReadingRequestBuilder request = new ReadingRequestBuilder(method, uri)
                .with(sent -> {
                    sent.setRemoteAddr(address);
                    return sent;
                })
                .header("Accept-Language", "fr");
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(type).content(body.getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    /** Builds requests that note the parameters their handler reads. */
    private final class ReadingRequestBuilder extends AbstractMockHttpServletRequestBuilder<ReadingRequestBuilder> {
        ReadingRequestBuilder(HttpMethod method, String uri) {
            super(method);
            uri(uri);
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext context) {
            return new MockHttpServletRequest(context) {
                @Override
                public String getParameter(String name) {
                    noteRead(name);
                    return super.getParameter(name);
                }

                @Override
                public String[] getParameterValues(String name) {
                    noteRead(name);
                    return super.getParameterValues(name);
                }
            };
        }
    }

    /**
     * Notes a parameter read by the handler: while its arguments are resolved or it runs, not by a filter or by the
     * check whether a whole argument comes as one parameter named after it.
     */
    private void noteRead(String name) {
        boolean byHandler = StackWalker.getInstance().walk(frames -> {
            boolean handler = false;
            for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                if (frame.getMethodName().equals("getRequestValueForAttribute")) {
                    return false;
                }
                handler |= frame.getClassName().equals(InvocableHandlerMethod.class.getName())
                        && frame.getMethodName().equals("invokeForRequest");
            }
            return handler;
        });
        if (byHandler) {
            // The same parameter under the binder's field marker (_), field default (!) or list ([]) spellings.
            readNow.add(name.replaceFirst("^[_!]", "").replaceFirst("\\[]$", ""));
        }
    }

    private static Request validated(HttpMethod method, String uri, String authorization, String type, String body) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        SimpleRequest.Builder request = new SimpleRequest.Builder(method.name(), path);
        if (uri.contains("?")) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                query.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
            }
            query.forEach(request::withQueryParam);
        }
        if (authorization != null) {
            request.withAuthorization(authorization);
        }
        if (body != null) {
            request.withContentType(type).withBody(body);
        }
        return request.build();
    }
}
