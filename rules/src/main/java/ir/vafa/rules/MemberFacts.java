package ir.vafa.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the rules may know of the member, as it was <em>before</em> this purchase.
 *
 * @param stampsOnCard card id to the stamps currently on that card
 * @param tier         the id of the member's tier in the program's ladder, or null when the program has none
 */
public record MemberFacts(String memberRef, long purchaseCount, BigDecimal lifetimeSpend,
                          Map<String, Integer> stampsOnCard, String tier) {

    public MemberFacts {
        lifetimeSpend = lifetimeSpend == null ? BigDecimal.ZERO : lifetimeSpend;
        stampsOnCard = Specs.copy(stampsOnCard);
    }

    public MemberFacts(String memberRef, long purchaseCount, BigDecimal lifetimeSpend,
                       Map<String, Integer> stampsOnCard) {
        this(memberRef, purchaseCount, lifetimeSpend, stampsOnCard, null);
    }

    public MemberFacts(String memberRef, long purchaseCount) {
        this(memberRef, purchaseCount, BigDecimal.ZERO, Map.of());
    }

    public MemberFacts inTier(String tierId) {
        return new MemberFacts(memberRef, purchaseCount, lifetimeSpend, stampsOnCard, tierId);
    }
}
