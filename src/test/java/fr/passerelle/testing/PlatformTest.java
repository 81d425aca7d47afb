package fr.passerelle.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on its demo data, served on a port of its own (to browsers and HTTP clients) and to
 * {@code MockMvc}, its e-mails sent to the test JVM's mail server ({@link Mails#inbox()}). Every test of the whole
 * platform uses this one configuration, so that a test JVM starts the platform once for all of them: a test that
 * needs other settings (its own database, low limits) pays for a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", Mails.SMTP_PORT, "passerelle.demo-data=true"})
@AutoConfigureMockMvc
@Import(Mails.Server.class)
public @interface PlatformTest {}
