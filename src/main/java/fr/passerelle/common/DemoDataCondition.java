package fr.passerelle.common;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        if (environment.getProperty("passerelle.command", Boolean.class, false)) {
            return false;
        }
        Boolean demoData = environment.getProperty("passerelle.demo-data", Boolean.class);
        return demoData != null
                ? demoData
                : environment.getProperty("spring.datasource.url", "").isBlank();
    }
}
