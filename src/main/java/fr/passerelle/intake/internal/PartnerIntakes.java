package fr.passerelle.intake.internal;

import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Throttle;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import org.springframework.stereotype.Service;

/**
 * The policy of requests sent by partner sites: each one that passes its checks counts against the sending address
 * and the person's e-mail address (one atomic statement per limit), and those within the limits are received through
 * the partner channel. One refused for what it holds (a wrong field) spends nothing: a partner fixing its form is not
 * locked out by its own mistakes.
 */
@Service
public class PartnerIntakes {

    private final Intakes intakes;
    private final PublicLimits.Scope limits;

    PartnerIntakes(Intakes intakes, PublicLimits limits) {
        this.intakes = intakes;
        this.limits = limits.scope("intake-api");
    }

    /** Counts a request from an address for an e-mail address; says whether it stays within the limits. */
    public Throttle.Outcome count(String address, String email) {
        return limits.hit(address, email);
    }

    /** Takes back the count of a request that the platform then refused for what it held. */
    public void refund(String address, String email) {
        limits.refund(address, email);
    }

    /** Receives a request that passed its count and its checks. */
    public IntakeReceipt submit(IntakeDraft draft) {
        return intakes.submit(draft, IntakeChannel.PARTNER, null);
    }
}
