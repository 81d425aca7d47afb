package fr.passerelle.intake.internal;

import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Throttle;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import org.springframework.stereotype.Service;

/**
 * The policy of requests sent by partner sites: each one counts against the sending address and the person's e-mail
 * address (one atomic statement per limit, wrong requests included, so that a flood of bad ones is stopped too),
 * and those that pass are received through the partner channel.
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

    /** Receives a request that passed its count and its checks. */
    public IntakeReceipt submit(IntakeDraft draft) {
        return intakes.submit(draft, IntakeChannel.PARTNER, null);
    }
}
