package ir.vafa.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Builders that keep the specs short. Times are written in UTC on purpose: the engine must convert them. */
final class Fixtures {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final Currency IRR = Currency.getInstance("IRR");
    /** Wednesday 25 November 2026, 12:00 in Tehran (UTC+03:30). */
    static final Instant WEDNESDAY_NOON_TEHRAN = Instant.parse("2026-11-25T08:30:00Z");

    private static RuleEngine engine;

    private Fixtures() {
    }

    /** One engine for the whole test run: building the shared rule base takes seconds. */
    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = new RuleEngine(EngineLimits.defaults());
        }
        return engine;
    }

    static ProgramSpec program(PointRounding rounding, RuleSpec... rules) {
        return new ProgramSpec("acme", 1, IRR, TEHRAN, rounding, List.of(rules));
    }

    static ProgramSpec program(RuleSpec... rules) {
        return program(PointRounding.DOWN, rules);
    }

    static Evaluation evaluate(ProgramSpec spec, PurchaseFacts purchase) {
        return engine().evaluate(engine().compile(spec), purchase);
    }

    static SpendRule pointPer10kRial() {
        return new SpendRule("base", "1 point per 10,000 IRR", new BigDecimal("10000"), 1);
    }

    static BigDecimal irr(long amount) {
        return BigDecimal.valueOf(amount);
    }

    static MemberFacts member() {
        return new MemberFacts("m-1", 7);
    }

    static Purchase purchase() {
        return new Purchase();
    }

    static final class Purchase {
        private Instant at = WEDNESDAY_NOON_TEHRAN;
        private MemberFacts member = member();
        private final List<LineFacts> lines = new ArrayList<>();

        Purchase at(String utc) {
            at = Instant.parse(utc);
            return this;
        }

        Purchase at(Instant instant) {
            at = instant;
            return this;
        }

        Purchase by(MemberFacts member) {
            this.member = member;
            return this;
        }

        Purchase anonymous() {
            member = null;
            return this;
        }

        Purchase withStamps(String cardId, int stamps) {
            member = new MemberFacts(member.memberRef(), member.purchaseCount(), member.lifetimeSpend(),
                    Map.of(cardId, stamps));
            return this;
        }

        Purchase line(String sku, String category, int quantity, long unitPrice) {
            return line(new LineFacts(lines.size() + 1, sku, category, quantity, irr(unitPrice)));
        }

        Purchase line(LineFacts line) {
            lines.add(line);
            return this;
        }

        PurchaseFacts build() {
            BigDecimal total = lines.stream().map(LineFacts::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new PurchaseFacts("p-1", at, "store-1", "pos", IRR, total, lines, member);
        }
    }
}
