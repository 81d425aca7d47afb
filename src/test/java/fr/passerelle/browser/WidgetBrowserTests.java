package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Diois declares its website for its offers widget; the widget then shows the Diois's offers inside a page of
 * that site, and the browser refuses it inside a page of a site the Diois did not declare. The two sites are served
 * by the test itself, each a small local server at its own origin.
 */
class WidgetBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** A partner's website: a plain local server, at its own origin, whose page frames the widget. */
    private static HttpServer site(String widgetUrl) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Site</title></head>"
                            + "<body><h1>Venir vivre dans le Diois</h1><iframe id=\"offres\" title=\"Offres\" src=\""
                            + widgetUrl + "\" width=\"600\" height=\"500\"></iframe></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void theWidgetShowsOnTheDeclaredSiteAndIsRefusedElsewhere() throws Exception {
        String email = Sessions.uniqueEmail("diois");
        UUID diois = jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                .query(UUID.class)
                .single();
        Sessions.user(accounts, email, Role.TERRITORY_AGENT, diois);
        String widget = url("/offres/widget/" + diois);
        HttpServer declared = site(widget);
        HttpServer other = site(widget);
        signIn(email, Sessions.PASSWORD);
        page.navigate(url("/offres/mes-offres/widget"));
        page.getByLabel("Sites autorisés").fill("pas un site");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#origins-error")).containsText("n’est pas celle d’un site web");
        page.getByLabel("Sites autorisés").fill(origin(declared));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#snippet")).containsText("/offres/widget/" + diois);
        screenshot("widget-settings");
        page.context().clearCookies();

        page.navigate(origin(declared) + "/nous-rejoindre");
        assertThat(page.frameLocator("#offres").locator("h1"))
                .hasText("Offres d’installation — Communauté de communes du Diois");
        assertThat(page.frameLocator("#offres").locator(".widget-offer").first())
                .isVisible();
        screenshot("widget-declared-site");

        page.navigate(origin(other) + "/accueil");
        page.waitForTimeout(1500);
        assertThat(page.frameLocator("#offres").locator(".widget-offer").count())
                .isZero();
        assertThat(page.frames().stream()
                        .anyMatch(frame -> frame.url().startsWith(widget)
                                && frame.content().contains("widget-offer")))
                .isFalse();
        screenshot("widget-other-site");
        declared.stop(0);
        other.stop(0);
    }
}
