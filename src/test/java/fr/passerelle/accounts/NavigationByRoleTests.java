package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The main navigation each kind of user sees, link by link and in order, whatever module brings each link. */
class NavigationByRoleTests extends AccountsWebTest {

    private static final Pattern MAIN_NAV = Pattern.compile("(?s)<nav class=\"main-nav\".*?</nav>");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>");

    private static final List<String> EVERYONE = List.of(
            "/ Accueil",
            "/annuaire Annuaire",
            "/offres Offres d’installation",
            "/territoires Territoires",
            "/agenda Agenda",
            "/groupes Groupes de travail",
            "/ressources Ressources",
            "/actualites Actualités",
            "/chiffres Chiffres clés",
            "/territoires/communes Communes");

    @Test
    void visitorsSeeThePublicPagesAndTheWelcome() throws Exception {
        assertThat(navigation(get("/"))).containsExactlyElementsOf(with("/accueil Être accueilli·e"));
    }

    @Test
    void projectHoldersSeeTheWelcomeAndTheirSpace() throws Exception {
        assertThat(navigationOf(Role.PROJECT_HOLDER))
                .containsExactlyElementsOf(with("/accueil Être accueilli·e", "/espace Mon espace"));
    }

    @Test
    void advisorsSeeRequestsReferralsAndTheirTokens() throws Exception {
        assertThat(navigationOf(Role.ADVISOR))
                .containsExactlyElementsOf(with(
                        "/mon-travail Mon travail",
                        "/accueil/demandes Demandes d’accueil",
                        "/parcours/orientations Mises en relation",
                        "/compte/jetons Jetons d’API"));
    }

    @Test
    void territoryAgentsSeeTheirTerritorysWork() throws Exception {
        assertThat(navigationOf(Role.TERRITORY_AGENT))
                .containsExactlyElementsOf(with(
                        "/mon-travail Mon travail",
                        "/accueil/demandes Demandes d’accueil",
                        "/parcours/orientations Mises en relation",
                        "/accueil/territoire Projets du territoire",
                        "/offres/mes-offres Mes offres",
                        "/bourse Bourse aux projets",
                        "/stands/pistes Pistes des stands",
                        "/compte/jetons Jetons d’API"));
    }

    @Test
    void coordinatorsSeeTheNetworksTools() throws Exception {
        assertThat(navigationOf(Role.COORDINATOR))
                .containsExactlyElementsOf(with(
                        "/mon-travail Mon travail",
                        "/accueil/demandes Demandes d’accueil",
                        "/compte/jetons Jetons d’API",
                        "/programmes Démarches et bilans",
                        "/statistiques Statistiques",
                        "/annuaire/moderation Modération",
                        "/annuaire/import Importer",
                        "/accueil/journal Journal",
                        "/personnes Personnes",
                        "/admin/territoires/perimetres Périmètres"));
    }

    @Test
    void administratorsSeeTheNetworksToolsAndTheAdministration() throws Exception {
        assertThat(navigationOf(Role.ADMINISTRATOR))
                .containsExactlyElementsOf(with(
                        "/mon-travail Mon travail",
                        "/accueil/demandes Demandes d’accueil",
                        "/compte/jetons Jetons d’API",
                        "/programmes Démarches et bilans",
                        "/statistiques Statistiques",
                        "/annuaire/moderation Modération",
                        "/annuaire/import Importer",
                        "/accueil/journal Journal",
                        "/personnes Personnes",
                        "/admin/utilisateurs Utilisateurs",
                        "/admin/reseaux Réseaux",
                        "/admin/territoires/imports Données de référence",
                        "/admin/territoires/perimetres Périmètres"));
    }

    private static List<String> with(String... links) {
        List<String> all = new ArrayList<>(EVERYONE);
        all.addAll(List.of(links));
        return all;
    }

    private List<String> navigationOf(Role role) throws Exception {
        String email = uniqueEmail(role.name().toLowerCase());
        user(email, role);
        return navigation(get("/").cookie(signIn(email)));
    }

    private List<String> navigation(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
        Matcher nav = MAIN_NAV.matcher(page);
        assertThat(nav.find()).as("main navigation").isTrue();
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(nav.group());
        while (link.find()) {
            links.add(link.group(1) + " " + link.group(2).strip());
        }
        return links;
    }
}
