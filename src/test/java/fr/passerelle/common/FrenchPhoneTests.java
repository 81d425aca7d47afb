package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * French phone numbers read as people type them, checked against Google's libphonenumber (the reference that
 * Android and most telephony software use): what we accept is a valid French number, written and dialled as it
 * writes and dials it; what we refuse, it does not hold for a valid French number either.
 */
class FrenchPhoneTests {

    private static final PhoneNumberUtil REFERENCE = PhoneNumberUtil.getInstance();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "04 75 12 34 56",
                "0475123456",
                "04.75.12.34.56",
                "04-75-12-34-56",
                "+33 4 75 12 34 56",
                "+33475123456",
                "+33 (0)4 75 12 34 56",
                "0033 4 75 12 34 56",
                "06 12 48 73 90",
                "07 81 22 33 44",
                "01 44 55 66 77",
                "09 70 80 90 10",
                "05 59 12 34 56",
                "  04 75 41 28 60 "
            })
    void readsAFrenchNumberAsTheReferenceDoes(String typed) throws NumberParseException {
        FrenchPhone phone = FrenchPhone.parse(typed).orElseThrow();
        PhoneNumber reference = REFERENCE.parse(typed, "FR");
        assertThat(REFERENCE.isValidNumberForRegion(reference, "FR")).isTrue();
        assertThat(phone.national()).isEqualTo(REFERENCE.format(reference, PhoneNumberFormat.NATIONAL));
        assertThat(phone.international()).isEqualTo(REFERENCE.format(reference, PhoneNumberFormat.E164));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "04 75 12 34",
                "04 75 12 34 56 78",
                "00 75 12 34 56",
                "+44 20 7946 0958",
                "+33 0 75 12 34 56",
                "04 75 AB 34 56",
                "téléphone",
                ""
            })
    void refusesWhatIsNoFrenchNumber(String typed) {
        assertThat(FrenchPhone.parse(typed)).isEmpty();
        assertThat(referenceHoldsAValidFrenchNumber(typed)).isFalse();
    }

    private static boolean referenceHoldsAValidFrenchNumber(String typed) {
        try {
            PhoneNumber number = REFERENCE.parse(typed, "FR");
            return REFERENCE.isValidNumberForRegion(number, "FR");
        } catch (NumberParseException unreadable) {
            return false;
        }
    }
}
