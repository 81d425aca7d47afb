package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;
import java.util.List;

/**
 * How a project holder reaches a scheme, in the words the data·inclusion schema shares with the other platforms of
 * the field: where it is given (in person, at a distance), whether it is free, and who can ask for it (the holders
 * themselves, professionals on their behalf). Empty lists and a null fee mean "not said".
 *
 * @param feeDetails what the fee depends on, when there is one ("adhésion de 20 € par an")
 */
public record SchemeAccess(
        List<ReceptionMode> receptionModes, Fee fee, String feeDetails, List<Mobiliser> mobilisableBy) {

    /** Nothing said yet. */
    public static final SchemeAccess UNKNOWN = new SchemeAccess(List.of(), null, null, List.of());

    public SchemeAccess {
        receptionModes = receptionModes == null ? List.of() : List.copyOf(receptionModes);
        mobilisableBy = mobilisableBy == null ? List.of() : List.copyOf(mobilisableBy);
        feeDetails = feeDetails == null || feeDetails.isBlank() ? null : feeDetails.strip();
    }

    /** Whether anything is said. */
    public boolean known() {
        return !receptionModes.isEmpty() || fee != null || feeDetails != null || !mobilisableBy.isEmpty();
    }

    /** Where the scheme is given; data·inclusion's {@code modes_accueil}. */
    public enum ReceptionMode implements Vocabulary {
        EN_PRESENTIEL,
        A_DISTANCE;

        @Override
        public String messagePrefix() {
            return "scheme.receptionMode";
        }
    }

    /** data·inclusion's {@code frais}. */
    public enum Fee implements Vocabulary {
        GRATUIT,
        PAYANT;

        @Override
        public String messagePrefix() {
            return "scheme.fee";
        }
    }

    /** Who can ask for the scheme; data·inclusion's {@code mobilisable_par}. */
    public enum Mobiliser implements Vocabulary {
        USAGERS,
        PROFESSIONNELS;

        @Override
        public String messagePrefix() {
            return "scheme.mobilisableBy";
        }
    }
}
