package fr.passerelle.accounts.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Refuses the passwords of the shipped list of common ones, compared in lower case. */
class CommonPasswordValidator implements ConstraintValidator<NotCommonPassword, String> {

    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || !COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CommonPasswordValidator.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
