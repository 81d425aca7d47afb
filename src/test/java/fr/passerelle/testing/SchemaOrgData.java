package fr.passerelle.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page's schema.org data as a search engine reads it: Apache Jena parses the JSON-LD of the page's {@code <script
 * type="application/ld+json">} (JSON-LD 1.1, through Titanium) with schema.org's own context, then SPARQL queries
 * look for what schema.org's vocabulary (release 30.0, in {@code src/test/resources/schemaorg}) does not define: an
 * unknown type or property, a property used on a type outside its domain, a value outside its range (a node of
 * another type, a text or link where a thing is expected, an enumeration member that does not exist).
 */
public final class SchemaOrgData {

    private static final Pattern SCRIPT =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VOCABULARY = "urn:schemaorg:vocabulary";
    private static final JsonNode CONTEXT =
            JSON.readTree(resource("/schemaorg/schemaorgcontext.jsonld")).get("@context");
    private static final Model SCHEMA_ORG = RDFParser.create()
            .fromString(resource("/schemaorg/schemaorg-current-http.ttl"))
            .lang(Lang.TURTLE)
            .toModel();

    private static final String PROBLEMS =
            """
            PREFIX schema: <http://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?problem WHERE {
              {
                ?s a ?t .
                FILTER NOT EXISTS { GRAPH <%1$s> { ?t a rdfs:Class } }
                BIND(CONCAT("unknown type ", STR(?t)) AS ?problem)
              } UNION {
                ?s ?p ?o . FILTER(?p != rdf:type)
                FILTER NOT EXISTS { GRAPH <%1$s> { ?p a rdf:Property } }
                BIND(CONCAT("unknown property ", STR(?p)) AS ?problem)
              } UNION {
                ?s ?p ?o . FILTER(?p != rdf:type)
                FILTER NOT EXISTS { ?s a ?t . GRAPH <%1$s> { ?t rdfs:subClassOf* ?d . ?p schema:domainIncludes ?d } }
                OPTIONAL { ?s a ?type }
                BIND(CONCAT(STR(?p), " is not a property of ", COALESCE(STR(?type), "an untyped node")) AS ?problem)
              } UNION {
                ?s ?p ?o . FILTER(?p != rdf:type) FILTER EXISTS { ?o a ?any }
                FILTER NOT EXISTS { ?o a ?t . GRAPH <%1$s> { ?t rdfs:subClassOf* ?r . ?p schema:rangeIncludes ?r } }
                BIND(CONCAT("the value of ", STR(?p), " is not of a type it takes") AS ?problem)
              } UNION {
                ?s ?p ?o . FILTER(?p != rdf:type) FILTER NOT EXISTS { ?o a ?any }
                FILTER NOT EXISTS {
                  GRAPH <%1$s> { ?p schema:rangeIncludes ?r . ?r rdfs:subClassOf*/rdf:type schema:DataType }
                }
                FILTER NOT EXISTS {
                  GRAPH <%1$s> { ?p schema:rangeIncludes ?r . ?member a ?r }
                  FILTER(STR(?o) = STR(?member) || STR(?o) = REPLACE(STR(?member), "^http:", "https:"))
                }
                BIND(CONCAT("\\"", STR(?o), "\\" is no value ", STR(?p), " takes") AS ?problem)
              }
            }
            """
                    .formatted(VOCABULARY);

    private SchemaOrgData() {}

    /** The JSON-LD documents of an HTML page, as written. */
    public static List<String> scripts(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SCRIPT.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The data of a JSON-LD document read with schema.org's context, in the vocabulary's http://schema.org/ IRIs. */
    public static Model read(String jsonLd) {
        JsonNode document = JSON.readTree(jsonLd);
        if (!"https://schema.org".equals(document.path("@context").asString(""))) {
            throw new IllegalArgumentException("Not schema.org's context: " + document.get("@context"));
        }
        // The context https://schema.org serves, read from its release rather than from the network.
        ((ObjectNode) document).set("@context", CONTEXT);
        return RDFParser.create()
                .fromString(JSON.writeValueAsString(document))
                .lang(Lang.JSONLD)
                .toModel();
    }

    /** What schema.org's vocabulary does not allow in the document: empty when all of it is schema.org. */
    public static List<String> problems(String jsonLd) {
        Dataset dataset = DatasetFactory.create(read(jsonLd));
        dataset.addNamedModel(VOCABULARY, SCHEMA_ORG);
        List<String> problems = new ArrayList<>();
        try (QueryExecution query =
                QueryExecution.dataset(dataset).query(PROBLEMS).build()) {
            query.execSelect()
                    .forEachRemaining(
                            row -> problems.add(row.getLiteral("problem").getString()));
        }
        return problems;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaOrgData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
