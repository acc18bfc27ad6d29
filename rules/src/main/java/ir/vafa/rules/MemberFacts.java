package ir.vafa.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the rules may know of the member, as it was <em>before</em> this purchase.
 *
 * @param stampsOnCard card id to the stamps currently on that card
 */
public record MemberFacts(String memberRef, long purchaseCount, BigDecimal lifetimeSpend,
                          Map<String, Integer> stampsOnCard) {

    public MemberFacts {
        lifetimeSpend = lifetimeSpend == null ? BigDecimal.ZERO : lifetimeSpend;
        stampsOnCard = Specs.copy(stampsOnCard);
    }

    public MemberFacts(String memberRef, long purchaseCount) {
        this(memberRef, purchaseCount, BigDecimal.ZERO, Map.of());
    }
}
