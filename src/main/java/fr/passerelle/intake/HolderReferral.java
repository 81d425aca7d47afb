package fr.passerelle.intake;

import java.time.OffsetDateTime;

/**
 * A referral of a project as its holder sees it.
 *
 * @param structure the name of the structure it was sent to
 * @param statusKey the message key of where it stands, worded for the holder
 * @param hintKey the message key of what the holder can do next; null when there is nothing to say
 * @param sentAt when it was sent
 * @param answeredAt when the structure answered (accepted or declined); null while it has not
 * @param contact how to reach the structure, from the directory; null until it accepted
 */
public record HolderReferral(
        String structure,
        String statusKey,
        String hintKey,
        OffsetDateTime sentAt,
        OffsetDateTime answeredAt,
        Contact contact) {

    /** A structure's phone, e-mail address and website, each null when the directory has none. */
    public record Contact(String phone, String email, String website) {

        public boolean isEmpty() {
            return phone == null && email == null && website == null;
        }
    }
}
