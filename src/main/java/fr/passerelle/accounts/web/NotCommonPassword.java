package fr.passerelle.accounts.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password that is none of the common ones shipped in {@code accounts/common-passwords.txt}, whatever its case. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CommonPasswordValidator.class)
@interface NotCommonPassword {

    String message() default "{password.common}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
