package fr.passerelle.testing;

import fr.passerelle.PasserelleApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Another Passerelle behind the same load balancer: its own process state, web server and (empty) data folder, on the
 * test's database. Started once per database for the run, and stopped with the JVM.
 */
public final class SecondInstance {

    private static final Map<String, URI> RUNNING = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SecondInstance() {}

    /** What the second instance answers to a GET of that path, without a session. */
    public static HttpResponse<byte[]> get(DataSource database, String path) throws Exception {
        URI base = of(database);
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI of(DataSource database) throws SQLException {
        String url;
        String user;
        try (Connection connection = database.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        String password = ((com.zaxxer.hikari.HikariDataSource) database).getPassword();
        return RUNNING.computeIfAbsent(url, key -> start(key, user, password));
    }

    private static URI start(String url, String user, String password) {
        // As command-line arguments, which the test's and the application's settings files do not override.
        WebServerApplicationContext context = (WebServerApplicationContext) new SpringApplicationBuilder(
                        PasserelleApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--passerelle.data-dir=target/second-instance-data" + System.getProperty("test.fork", ""),
                        "--passerelle.demo-data=false",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--server.port=0");
        return URI.create("http://localhost:" + context.getWebServer().getPort());
    }
}
