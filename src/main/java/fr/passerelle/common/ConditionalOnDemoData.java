package fr.passerelle.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean that fills demonstration data. Active when {@code passerelle.demo-data} is true, or, when
 * it is not set, on the embedded database (no {@code spring.datasource.url}); never for commands.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(DemoDataCondition.class)
public @interface ConditionalOnDemoData {}
