package ir.vafa.console.memberpage;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.memberpage.MemberPageView;
import ir.vafa.programs.TierLadder;

/**
 * The member page's words in the reader's language: tier values and the distance to the next tier, names the
 * merchant wrote in both languages, and why each history line was written (the rule's name, or the shop's note),
 * without the staff's details (program versions, purchase ids, who adjusted).
 */
final class MemberPageTexts {

	private final Messages messages;
	private final Formats formats;
	private final String currency;

	MemberPageTexts(Messages messages, Formats formats, String currency) {
		this.messages = messages;
		this.formats = formats;
		this.currency = currency == null ? "" : currency;
	}

	Formats formats() {
		return formats;
	}

	private boolean persian() {
		return "fa".equals(messages.locale().getLanguage());
	}

	String name(TierLadder.Names name) {
		return name == null ? "" : name.in(messages.locale().getLanguage());
	}

	String text(Texts texts) {
		if (texts == null) {
			return "";
		}
		return persian() && texts.fa() != null && !texts.fa().isBlank() ? texts.fa() : texts.en();
	}

	String value(TierLadder.Qualification.Metric metric, BigDecimal value) {
		if (value == null) {
			return "";
		}
		return switch (metric == null ? TierLadder.Qualification.Metric.SPEND : metric) {
			case SPEND -> messages.get("mpage.money", formats.amount(value), currency);
			case POINTS -> messages.get("mpage.value.points", value);
			case VISITS -> messages.get("mpage.value.visits", value);
		};
	}

	/** "19,520,000 IRR more to Silver"; at the top, that it is the top. */
	String next(MemberPageView.Tier tier) {
		if (tier.next() == null) {
			return messages.get("mpage.tier.top");
		}
		return messages.get("mpage.tier.next", value(tier.metric(), tier.next().distance()), name(tier.next().name()));
	}

	/** How far to the next tier, 0 to 1; 1 at the top. */
	static double fraction(MemberPageView.Tier tier) {
		if (tier.next() == null || tier.next().threshold().signum() <= 0 || tier.value() == null) {
			return 1;
		}
		BigDecimal share = tier.value().divide(tier.next().threshold(), 4, RoundingMode.DOWN);
		return Math.max(0, Math.min(1, share.doubleValue()));
	}

	/** "Show this code at the till (by 11 Dey 1405)", "Used on 11 Azar 1405", "Taken back by a return", "Expired on …". */
	String state(MemberPageView.MyReward reward) {
		return switch (reward.status()) {
			case CHOOSING -> messages.get("mpage.mine.CHOOSING", formats.date(reward.chooseBy()), defaultName(reward));
			case ISSUED -> reward.expiresAt() == null ? messages.get("mpage.mine.ISSUED")
					: messages.get("mpage.mine.ISSUED.until", formats.date(reward.expiresAt()));
			case EXPIRED -> messages.get("mpage.mine.EXPIRED", formats.date(reward.expiresAt()));
			case REDEEMED -> reward.redeemedAt() == null ? messages.get("mpage.mine.REDEEMED.undated")
					: messages.get("mpage.mine.REDEEMED", formats.date(reward.redeemedAt()));
			case REVOKED -> messages.get("mpage.mine.REVOKED");
		};
	}

	/** The reward given when the member does not choose: the first of the choices. */
	private String defaultName(MemberPageView.MyReward reward) {
		return reward.choices().isEmpty() ? reward.rewardCode()
				: reward.choices().getFirst().name() == null ? reward.choices().getFirst().code()
				: text(reward.choices().getFirst().name());
	}

	String why(MemberPageView.HistoryLine line) {
		return switch (line.kind()) {
			case EARN -> messages.get("mpage.why.EARN", isolated(line.ruleName()));
			case REVERSE -> messages.get("mpage.why.REVERSE", isolated(line.ruleName()));
			case REDEEM -> line.rewardName() != null ? messages.get("mpage.why.REDEEM.reward", isolated(text(line.rewardName())))
					: line.reason() == null ? messages.get("mpage.why.REDEEM")
					: messages.get("mpage.why.REDEEM.reason", isolated(line.reason()));
			case ADJUST -> messages.get("mpage.why.ADJUST", isolated(line.reason()));
			case EXPIRE -> messages.get("mpage.why.EXPIRE");
			case DONATE -> messages.get("mpage.why.DONATE", isolated(line.reason()));
			case REFUND -> messages.get("mpage.why.REFUND", isolated(line.reason()));
		};
	}

	/**
	 * The merchant's words inside a sentence of ours, in Unicode's first-strong isolate: an English rule name in a
	 * Persian sentence (or the reverse) keeps its own order and leaves the sentence's alone.
	 */
	static String isolated(String text) {
		return text == null ? "" : "\u2068" + text + "\u2069";
	}
}
