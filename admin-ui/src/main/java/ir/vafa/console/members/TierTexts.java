package ir.vafa.console.members;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.TierLadder;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;

/**
 * A member's tier in words, in the reader's language: where they stand against the next tier, what keeps the
 * current one and by when, a grace period, a placement by hand; and each change in the tier history. Dates are the
 * reader's calendar's (Jalali in Persian), through {@link Formats}.
 */
final class TierTexts {

	private final Messages messages;
	private final Formats formats;
	private final String currency;
	private final Map<String, TierLadder.Names> names;

	/** @param names the ladder's tiers by id, for the history's ids */
	TierTexts(Messages messages, Formats formats, String currency, Map<String, TierLadder.Names> names) {
		this.messages = messages;
		this.formats = formats;
		this.currency = currency;
		this.names = names;
	}

	String name(TierLadder.Names name) {
		return name == null ? "" : name.in(messages.locale().getLanguage());
	}

	String name(String tierId) {
		if (tierId == null) {
			return messages.get("tier.none");
		}
		TierLadder.Names name = names.get(tierId);
		return name == null ? tierId : name(name);
	}

	/** The value in the ladder's metric: an amount of money, points or visits. */
	String value(TierLadder.Qualification.Metric metric, BigDecimal value) {
		if (value == null) {
			return "";
		}
		return switch (metric) {
			case SPEND -> messages.get("member.money", formats.amount(value), currency);
			case POINTS -> messages.get("tier.value.points", value);
			case VISITS -> messages.get("tier.value.visits", value);
		};
	}

	/** "12,500,000 IRR of 20,000,000 IRR: 7,500,000 IRR more to Silver"; at the top, that it is the top. */
	String progress(MemberTier tier) {
		MemberTier.Next next = tier.next();
		if (next == null) {
			return messages.get("tier.top", name(tier.name()), value(metric(tier), tier.value()));
		}
		return messages.get("tier.progress", value(metric(tier), tier.value()), value(metric(tier), next.threshold()),
				value(metric(tier), next.distance()), name(next.name()));
	}

	/** How far the member is to the next tier, 0 to 1; 1 at the top. */
	static double fraction(MemberTier tier) {
		if (tier.next() == null || tier.next().threshold().signum() <= 0) {
			return 1;
		}
		BigDecimal share = tier.value().divide(tier.next().threshold(), 4, RoundingMode.DOWN);
		return Math.max(0, Math.min(1, share.doubleValue()));
	}

	String window(MemberTier tier) {
		return messages.get("tier.window", formats.date(tier.windowStart()));
	}

	/** What keeping the tier needs, and by when; null for the lowest tier, which cannot be lost. */
	String keep(MemberTier tier) {
		MemberTier.Keep keep = tier.keep();
		if (keep == null) {
			return null;
		}
		if (keep.needed().signum() <= 0) {
			return messages.get("tier.keep.kept", name(tier.name()), formats.longDate(keep.by()));
		}
		return messages.get("tier.keep.needed", name(tier.name()), value(metric(tier), keep.needed()),
				formats.longDate(keep.by()));
	}

	String grace(MemberTier tier) {
		return tier.graceUntil() == null ? null
				: messages.get("tier.grace", name(tier.name()), formats.longDate(tier.graceUntil()));
	}

	String assignment(MemberTier tier) {
		MemberTier.Assignment placed = tier.assignment();
		return placed == null ? null : messages.get("tier.assignment", name(tier.name()), placed.by(),
				formats.dateTime(placed.until()), placed.reason());
	}

	String since(MemberTier tier) {
		return tier.since() == null ? null : messages.get("tier.since", formats.date(tier.since()));
	}

	String reason(TierHistoryEntry entry) {
		return messages.get("tier.history.reason." + entry.reason());
	}

	String change(TierHistoryEntry entry) {
		return entry.fromTier() == null || entry.fromTier().equals(entry.toTier()) ? name(entry.toTier())
				: messages.get("tier.history.change", name(entry.fromTier()), name(entry.toTier()));
	}

	/** Who or what made the change: an admin's name and note, or the purchase and program version. */
	String detail(TierHistoryEntry entry) {
		if (entry.actor() != null) {
			return entry.note() == null ? entry.actor() : messages.get("tier.history.byWithNote", entry.actor(), entry.note());
		}
		if (entry.programVersion() != null) {
			return messages.get("tier.history.version", entry.programVersion());
		}
		return "";
	}

	private static TierLadder.Qualification.Metric metric(MemberTier tier) {
		return tier.metric() == null ? TierLadder.Qualification.Metric.SPEND : tier.metric();
	}
}
