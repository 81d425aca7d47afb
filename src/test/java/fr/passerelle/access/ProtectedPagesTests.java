package fr.passerelle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.testing.PlatformTest;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The pages that need a signed-in user stay closed to visitors, each module declaring its own and no other's; and no
 * page that a visitor can open breaks for want of a user, the sign of a page whose code expects one but whose rule is
 * missing.
 */
@PlatformTest
class ProtectedPagesTests {

    /** One address (or more) for each rule of the pages that only signed-in users open. */
    private static final List<String> SIGNED_IN_ONLY = List.of(
            "/admin/utilisateurs",
            "/admin/reseaux",
            "/admin/territoires/imports",
            "/admin/territoires/perimetres",
            "/admin/territoires/perimetres/nouveau",
            "/espace",
            "/mon-travail",
            "/espace/projets/1/bourse",
            "/accueil/demandes",
            "/accueil/demandes/1",
            "/accueil/saisie",
            "/accueil/journal",
            "/accueil/territoire",
            "/accueil/territoire/offres/1",
            "/bourse",
            "/bourse/1",
            "/parcours/orientations",
            "/parcours/projets/1",
            "/offres/nouvelle",
            "/offres/mes-offres",
            "/offres/mes-offres/widget",
            "/offres/1/modifier",
            "/territoires/nouvelle",
            "/territoires/diois/modifier",
            "/agenda/nouvel-evenement",
            "/agenda/1/modifier",
            "/agenda/1/stand",
            "/agenda/1/stand/territoires",
            "/stands/pistes",
            "/agenda/1/participants",
            "/agenda/1/participants/message",
            "/agenda/1/participants.csv",
            "/programmes",
            "/programmes/1",
            "/statistiques",
            "/statistiques.csv",
            "/statistiques/reseaux",
            "/ressources/nouvelle",
            "/ressources/1/modifier",
            "/ressources/1/retirer",
            "/groupes/g/membres",
            "/groupes/g/membres/1/accepter",
            "/groupes/g/reunions",
            "/groupes/g/reunions/1/compte-rendu",
            "/actualites/nouvel-article",
            "/actualites/1/modifier",
            "/actualites/numeros",
            "/compte/jetons",
            "/personnes");

    /** A path variable, its own pattern included ({id:[0-9a-f\\-]{36}}). */
    private static final String VARIABLE = "\\{[^{}]*(?:\\{[^{}]*}[^{}]*)*}";

    private static final String SOME_ID = "00000000-0000-0000-0000-000000000001";

    @Autowired
    MockMvc mvc;

    @Autowired
    List<ProtectedPages> modules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void visitorsAreSentToSignInFromEveryPageThatNeedsAUser() throws Exception {
        for (String page : SIGNED_IN_ONLY) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/connexion"));
        }
    }

    @Test
    void noPageAVisitorOpensBreaksForWantOfAUser() throws Exception {
        Map<String, String> broken = new TreeMap<>();
        for (String page : pagesReadByGet()) {
            try {
                int status = mvc.perform(get(page)).andReturn().getResponse().getStatus();
                if (HttpStatus.valueOf(status).is5xxServerError()) {
                    broken.put(page, String.valueOf(status));
                }
            } catch (ServletException failure) {
                broken.put(page, String.valueOf(failure.getRootCause()));
            }
        }
        assertThat(broken).isEmpty();
    }

    /** A module's rules name its own pages: each pattern matches a page that a controller of that module serves. */
    @Test
    void eachModuleProtectsOnlyItsOwnPages() {
        List<String> strays = new ArrayList<>();
        for (ProtectedPages module : modules) {
            String owner = module(module.getClass());
            for (String rule : java.util.stream.Stream.concat(
                            module.signedIn().stream(), module.networkStaff().stream())
                    .toList()) {
                PathPattern pattern = PathPatternParser.defaultInstance.parse(rule);
                boolean own = mappings.getHandlerMethods().entrySet().stream()
                        .filter(handler ->
                                module(handler.getValue().getBeanType()).equals(owner))
                        .flatMap(handler -> handler.getKey().getPatternValues().stream())
                        .anyMatch(page -> pattern.matches(PathContainer.parsePath(page.replaceAll(VARIABLE, SOME_ID))));
                if (!own) {
                    strays.add(owner + ": " + rule);
                }
            }
        }
        assertThat(modules).hasSizeGreaterThanOrEqualTo(8);
        assertThat(strays).isEmpty();
    }

    private static String module(Class<?> type) {
        return type.getPackageName().split("\\.")[2];
    }

    private List<String> pagesReadByGet() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(ProtectedPagesTests::readByGet)
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .filter(pattern -> !pattern.startsWith("/api/") && !pattern.equals("/error"))
                .map(pattern -> pattern.replaceAll(VARIABLE, SOME_ID))
                .distinct()
                .toList();
    }

    private static boolean readByGet(RequestMappingInfo mapping) {
        var methods = mapping.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }
}
