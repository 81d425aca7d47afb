package fr.passerelle.common.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the settings are known, while Spring reads the
 * application's configuration (about two seconds on two cores): the data source then finds it running, or waits for
 * it ({@link EmbeddedPostgresServer#obtain} starts one server per data folder, whoever asks first). A start that
 * fails here is only logged: the data source's own attempt fails again and says why. Nothing happens when an
 * external database is configured ({@code spring.datasource.url}).
 */
class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            return;
        }
        EmbeddedDatabaseProperties properties =
                Binder.get(environment).bindOrCreate("passerelle", EmbeddedDatabaseProperties.class);
        Thread starting = new Thread(
                () -> {
                    try {
                        EmbeddedPostgresServer.obtain(properties);
                    } catch (RuntimeException e) {
                        log.debug("The early start of the embedded PostgreSQL failed; the data source will retry", e);
                    }
                },
                "embedded-postgres-start");
        starting.setDaemon(true);
        starting.start();
    }
}
