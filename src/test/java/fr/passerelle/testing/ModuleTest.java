package fr.passerelle.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A module tested on its own: a context of the test's module and the modules it uses directly, on the run's shared
 * embedded PostgreSQL, its e-mails kept in {@link SentEmails}. Spring Modulith's {@code Scenario} can be a test
 * method's parameter, to publish an event and wait for what the module's listeners do with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(SentEmails.Configuration.class)
public @interface ModuleTest {

    /**
     * Modules bootstrapped as well: those that a direct dependency itself needs (the directory needs accounts), or
     * that implement an interface the module declares (accounts' {@code OrganisationCatalog} is the directory's).
     */
    @AliasFor(annotation = ApplicationModuleTest.class)
    String[] extraIncludes() default {};
}
