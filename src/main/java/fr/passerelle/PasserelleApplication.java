package fr.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Passerelle: the platform of rural development networks. Starts the web platform, or runs a command. */
@SpringBootApplication
@Modulithic(sharedModules = "common")
@EnableScheduling
@EnableAsync
public class PasserelleApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            runCommand(args);
        } else {
            SpringApplication.run(PasserelleApplication.class, args);
        }
    }

    /** Commands such as {@code import density-grid FILE} run without the web server and exit with their status. */
    private static void runCommand(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PasserelleApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "passerelle.command=true",
                        "logging.level.root=WARN",
                        "logging.level.fr.passerelle=INFO",
                        // A refused start is said once, by the failure analysis, not by the context's warning too.
                        "logging.level.org.springframework.context=ERROR")
                .run(args);
        System.exit(SpringApplication.exit(context));
    }
}
