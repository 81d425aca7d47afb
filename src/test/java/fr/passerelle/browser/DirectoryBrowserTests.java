package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The directory as a person uses it, on the demonstration data: search, filters, map, entry page. */
class DirectoryBrowserTests extends BrowserTest {

    private Locator hits() {
        return page.locator(".hit h3 a");
    }

    @Test
    void searchingByWordsAndCommuneShowsLocalActorsFirst() {
        page.navigate(url("/annuaire"));
        Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune du projet"));
        commune.pressSequentially("Die", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Die (26)");
        commune.press("ArrowDown");
        commune.press("Enter");
        page.waitForURL("**commune=26113**");
        assertThat(page.locator(".result-count")).containsText("structures");
        assertThat(page.locator(".hit-why").first()).containsText("Couvre Die");
        String firstWhy = page.locator(".hit-why").first().textContent();
        String lastWhy = page.locator(".hit-why").last().textContent();
        assertThat(firstWhy).doesNotContain("France");
        assertThat(lastWhy).isNotEmpty();
        screenshot("directory-die");
    }

    @Test
    void filtersNarrowTheResultsAndStayInTheAddress() {
        page.navigate(url("/annuaire?commune=26113"));
        String before = page.locator(".result-count").textContent();
        page.getByLabel("Ils financent").check();
        page.waitForURL("**family=fund**");
        assertThat(page.locator(".result-count")).not().hasText(before);
        for (String tag : page.locator(".hit .badge-muted").allTextContents()) {
            assertThat(tag).isNotEqualTo("Ils informent et orientent");
        }
        page.reload();
        assertThat(page.getByLabel("Ils financent")).isChecked();
        screenshot("directory-filtered");
    }

    @Test
    void wordsWithoutAccentsOrPluralsFindEntries() {
        page.navigate(url("/annuaire?q=epiceries"));
        assertThat(hits().first()).isVisible();
        page.navigate(url("/annuaire?tab=dispositifs&q=pret+d%27honneur"));
        assertThat(hits().first()).isVisible();
        assertThat(page.locator(".result-count")).containsText("dispositifs");
    }

    private int shownOnTheMap() {
        Object sum = page.evaluate("Array.from(document.querySelectorAll('.directory-cluster'))"
                + ".reduce((sum, c) => sum + Number(c.dataset.count), 0)"
                + " + document.querySelectorAll('.directory-marker').length");
        return ((Number) sum).intValue();
    }

    @Test
    void theMapClustersNearbyOrganisationsAndAClusterZoomsInWhenChosen() {
        page.navigate(url("/annuaire/carte"));
        Locator map = page.locator("#directory-map");
        assertThat(map).hasAttribute("data-markers", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        int markers = Integer.parseInt(map.getAttribute("data-markers"));
        Locator clusters = page.locator(".directory-cluster");
        assertThat(clusters.count()).isPositive();
        assertThat(map.getAttribute("data-clusters")).isEqualTo(String.valueOf(clusters.count()));
        assertThat(clusters.count() + page.locator(".directory-marker").count()).isLessThan(markers);
        assertThat(shownOnTheMap()).isEqualTo(markers);
        screenshot("directory-map");

        int zoom = Integer.parseInt(map.getAttribute("data-zoom"));
        Locator biggest = page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(
                                        java.util.regex.Pattern.compile("Afficher les \\d+ structures regroupées ici")))
                .and(page.locator("[data-opens=zoom]"))
                .first();
        biggest.focus();
        page.keyboard().press("Enter");
        assertThat(map).not().hasAttribute("data-zoom", String.valueOf(zoom));
        assertThat(Integer.parseInt(map.getAttribute("data-zoom"))).isGreaterThan(zoom);
        assertThat(shownOnTheMap()).isEqualTo(markers);
        screenshot("directory-map-zoomed");
    }

    @Test
    void theMapSaysEachMarkersFamilyInALegendAndGivesTheCodeToEmbedIt() {
        page.navigate(url("/annuaire/carte?departement=26"));
        Locator map = page.locator("#directory-map");
        assertThat(map).hasAttribute("data-markers", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        Locator legend = page.locator(".map-legend");
        assertThat(legend).containsText("Ils informent et orientent");
        assertThat(legend).containsText("Ils financent");
        assertThat(legend).containsText("Ils représentent et accompagnent");
        assertThat(legend).containsText("Initiatives et autres structures");
        page.getByText("Intégrer cette carte sur votre site").click();
        String snippet = page.getByLabel("Code à copier").inputValue();
        assertThat(snippet).startsWith("<iframe src=\"").contains("/annuaire/carte/integree?");
        assertThat(snippet).contains("departement=26");
        screenshot("directory-map-legend");
        page.navigate(url("/annuaire/carte?q=Terre+de+Liens"));
        assertThat(page.locator(".leaflet-marker-icon.directory-marker.family-fund")
                        .first())
                .isVisible();
    }

    @Test
    void aPartnerSiteShowsTheEmbeddedMapAndAnyOtherSiteIsRefused() {
        String embedded = url("/annuaire/carte/integree?departement=26");
        com.microsoft.playwright.Response answer = page.navigate(embedded);
        assertThat(answer.headers()).doesNotContainKey("x-frame-options");
        assertThat(answer.headers().get("content-security-policy"))
                .contains("frame-ancestors 'self' https://www.partenaire.example");
        assertThat(page.locator("#directory-map")).hasAttribute("data-embedded", "true");
        assertThat(page.locator("#directory-map"))
                .hasAttribute("data-markers", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        assertThat(page.locator(".map-legend")).containsText("Ils financent");
        assertThat(page.locator(".widget-source a")).hasAttribute("target", "_blank");
        screenshot("directory-map-embedded");

        // A page that frames the map, served on the platform's own origin ('self') and on another origin (the same
        // machine by its address: a public test origin would run into the browser's private-network rules instead).
        String framing = "<!DOCTYPE html><html lang=fr><title>Partenaire</title><h1>Nos partenaires</h1>"
                + "<iframe title=carte src=\"" + embedded + "\" width=800 height=600></iframe>";
        String stranger = "http://127.0.0.1:" + port + "/page-d-un-autre-site";
        for (String site : java.util.List.of(url("/page-d-un-partenaire"), stranger)) {
            page.route(
                    site,
                    route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                            .setContentType("text/html")
                            .setBody(framing)));
        }
        page.navigate(url("/page-d-un-partenaire"));
        assertThat(page.frameLocator("iframe").locator("#directory-map"))
                .hasAttribute("data-markers", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        page.navigate(stranger);
        assertThat(page.frameLocator("iframe").locator("#directory-map")).hasCount(0);
    }

    @Test
    void aMarkerOrAClusterThatZoomingCannotSplitLinksItsOrganisations() {
        page.navigate(url("/annuaire/carte?departement=26"));
        Locator map = page.locator("#directory-map");
        assertThat(map).hasAttribute("data-markers", java.util.regex.Pattern.compile("[1-9][0-9]*"));
        assertThat(shownOnTheMap()).isEqualTo(Integer.parseInt(map.getAttribute("data-markers")));
        Locator popup = page.locator(".leaflet-popup-content");
        for (int zoomIns = 0; zoomIns < 10 && page.locator(".directory-marker").count() == 0; zoomIns++) {
            String zoom = map.getAttribute("data-zoom");
            Locator cluster = page.locator(".directory-cluster").first();
            int count = Integer.parseInt(cluster.getAttribute("data-count"));
            cluster.focus();
            page.keyboard().press("Enter");
            if (popup.isVisible()) {
                assertThat(map).hasAttribute("data-zoom", zoom);
                assertThat(popup.locator(".map-list a")).hasCount(count);
                return;
            }
            assertThat(map).not().hasAttribute("data-zoom", zoom);
        }
        Locator single = page.locator(".directory-marker").first();
        String name = single.getAttribute("title");
        single.focus();
        page.keyboard().press("Enter");
        assertThat(popup.locator("a")).hasText(name);
    }

    @Test
    void anEntryPageSaysWhoItIsWhereItActsAndWhatItOffers() {
        page.navigate(url("/annuaire?q=France+Active"));
        hits().first().click();
        assertThat(page.locator("h1")).containsText("France Active");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Territoire couvert")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dispositifs proposés")))
                .isVisible();
        screenshot("directory-entry");
    }
}
