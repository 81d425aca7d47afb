package fr.passerelle.pathway.internal;

import java.util.UUID;

/**
 * Something happened to a referral that someone must hear of: the structure (sent, reminded), the referent
 * (answered, expired, closed, handed over) and the holder (sent, accepted, declined, handed over).
 *
 * @param afterHandOver a referral sent by a structure handing the project over: the holder already heard of it
 */
public record ReferralEvent(UUID referralId, TimelineKind kind, String detail, boolean afterHandOver) {

    public ReferralEvent(UUID referralId, TimelineKind kind, String detail) {
        this(referralId, kind, detail, false);
    }
}
