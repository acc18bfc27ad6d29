package ir.vafa.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A reward as the merchant writes it. {@code code} names it for good (stamp cards and tiers refer to it); the
 * details of its {@code kind} go in the one field of that kind ({@code discount}, {@code sku}, {@code experience},
 * {@code donation}, {@code value}), and the fields of other kinds stay out.
 */
@Schema(example = """
		{
		  "code": "ten-percent-off",
		  "kind": "DISCOUNT",
		  "name": { "en": "10% off your order", "fa": "۱۰٪ تخفیف روی کل خرید" },
		  "description": { "en": "Up to 2,000,000 IRR off one order.", "fa": "تا ۲٬۰۰۰٬۰۰۰ ریال تخفیف روی یک خرید." },
		  "costPoints": 500,
		  "discount": { "type": "PERCENT", "percent": 10, "cap": { "amount": 2000000, "currency": "IRR" } },
		  "validFrom": "2026-12-01T00:00:00+03:30",
		  "validUntil": "2027-03-20T00:00:00+03:30",
		  "stock": { "total": 1000, "perMember": 1, "perMemberPeriod": "MONTH" },
		  "tiers": [ "silver", "gold" ],
		  "imageUrl": "https://cdn.example.ir/rewards/ten-percent.png",
		  "voucherValidDays": 30
		}""")
public record RewardDefinition(
		@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be 1-64 lower-case letters, digits or dashes")
		String code,
		@NotNull RewardKind kind,
		@NotNull @Valid Texts name,
		@Valid Texts description,
		@NotNull @Positive @Max(100_000_000) Integer costPoints,
		@Valid Discount discount,
		@Size(min = 1, max = 64) String sku,
		@Valid Experience experience,
		@Valid Donation donation,
		@Valid Money value,
		Instant validFrom,
		Instant validUntil,
		@Valid Stock stock,
		@Size(max = 20) List<@NotNull @Size(min = 1, max = 64) String> tiers,
		@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String imageUrl,
		@Positive @Max(3650) Integer voucherValidDays) {

	public RewardDefinition {
		tiers = tiers == null ? List.of() : List.copyOf(tiers);
	}

	/** A reward whose vouchers never expire. */
	public RewardDefinition(String code, RewardKind kind, Texts name, Texts description, Integer costPoints,
			Discount discount, String sku, Experience experience, Donation donation, Money value, Instant validFrom,
			Instant validUntil, Stock stock, List<String> tiers, String imageUrl) {
		this(code, kind, name, description, costPoints, discount, sku, experience, donation, value, validFrom,
				validUntil, stock, tiers, imageUrl, null);
	}

	public RewardDefinition withCode(String code) {
		return new RewardDefinition(code, kind, name, description, costPoints, discount, sku, experience, donation,
				value, validFrom, validUntil, stock, tiers, imageUrl, voucherValidDays);
	}

	/** When a voucher for this reward issued (or chosen) at {@code issuedAt} stops being usable; null: never. */
	public Instant voucherExpiry(Instant issuedAt) {
		return voucherValidDays == null ? null : issuedAt.plus(java.time.Duration.ofDays(voucherValidDays));
	}

	public Stock stockOrUnlimited() {
		return stock == null ? Stock.UNLIMITED : stock;
	}

	/**
	 * @param type       {@code PERCENT} ({@code percent} of the lines it covers, at most {@code cap}) or
	 *                   {@code AMOUNT} ({@code amount} off, at most what the lines cost)
	 * @param categories the purchase lines' categories it covers; empty or left out: the whole order
	 */
	public record Discount(@NotNull Type type,
			@Positive @DecimalMax("100") BigDecimal percent,
			@Valid Money amount,
			@Valid Money cap,
			@Size(max = 50) List<@NotNull @Size(min = 1, max = 64) String> categories) {

		public Discount {
			categories = categories == null ? List.of() : List.copyOf(categories);
		}

		public enum Type {
			PERCENT, AMOUNT
		}
	}

	/** When the event takes place, and where. Its seats are the reward's {@code stock.total}. */
	public record Experience(@NotNull Instant startsAt, Instant endsAt, @Valid Texts place) {
	}

	/** The charity and what one point gives it ({@code perPoint}, e.g. 1,000 IRR). */
	public record Donation(@NotNull @Valid Texts charity, @NotNull @Valid Money perPoint) {
	}

	/**
	 * @param total           how many can be issued in all (seats, units); left out: no limit
	 * @param perMember       how many one member may take per {@code perMemberPeriod}; left out: no limit
	 * @param perMemberPeriod over which {@code perMember} counts, back from the moment of a reservation: {@code DAY}
	 *                        the last 24 hours, {@code WEEK} 7 days, {@code MONTH} 30 days, {@code YEAR} 365 days, or
	 *                        {@code EVER}
	 */
	public record Stock(@PositiveOrZero @Max(100_000_000) Integer total, @Positive @Max(10_000) Integer perMember,
			Period perMemberPeriod) {

		static final Stock UNLIMITED = new Stock(null, null, null);

		public enum Period {
			DAY, WEEK, MONTH, YEAR, EVER;

			/** Where the period counted back from {@code now} starts. */
			public java.time.Instant since(java.time.Instant now) {
				return switch (this) {
					case DAY -> now.minus(java.time.Duration.ofDays(1));
					case WEEK -> now.minus(java.time.Duration.ofDays(7));
					case MONTH -> now.minus(java.time.Duration.ofDays(30));
					case YEAR -> now.minus(java.time.Duration.ofDays(365));
					case EVER -> java.time.Instant.EPOCH;
				};
			}
		}
	}
}
