package fr.passerelle.directory.web;

import java.math.BigDecimal;
import org.springframework.validation.BindingResult;

/** A funding rate as people type it, with a decimal comma or point and a per cent sign or not; above 0 and at most 100. */
final class SchemeRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SchemeRates() {}

    /** The rate typed, or null when none was; an error beside the field when it cannot be one. */
    static BigDecimal read(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = typed.replaceAll("[\\s\\u00a0\\u202f%]", "").replace(',', '.');
        if (!number.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            errors.rejectValue("ratePercent", "directory.rate.invalid");
            return null;
        }
        BigDecimal rate = new BigDecimal(number);
        if (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0) {
            errors.rejectValue("ratePercent", "directory.rate.invalid");
            return null;
        }
        return rate;
    }

    /** The rate written the French way, with a decimal comma, for the form. */
    static String typed(BigDecimal rate) {
        return rate == null ? "" : rate.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
