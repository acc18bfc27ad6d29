package ir.vafa.notifications.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.ledger.Ledger;
import ir.vafa.members.MemberView;
import ir.vafa.platform.PersianCalendar;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.TierLadder;
import ir.vafa.rewards.VoucherCode;
import org.springframework.stereotype.Component;

/**
 * The placeholders' values for a member, in a language: Persian texts get Persian digits and Jalali dates
 * ({@code ۱۱ آذر ۱۴۰۵}), English ones Gregorian dates ({@code 2 December 2026}); tier and reward names in the language.
 */
@Component
class MessageValues {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final ULocale PERSIAN = new ULocale("fa_IR");
	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final List<String> JALALI_MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد",
			"شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

	private final Programs programs;
	private final Catalog catalog;
	private final Ledger ledger;

	MessageValues(Programs programs, Catalog catalog, Ledger ledger) {
		this.programs = programs;
		this.catalog = catalog;
		this.ledger = ledger;
	}

	/** The program's time zone (Tehran before the tenant has a program): the dates members read are its days. */
	ZoneId zone() {
		return programs.active().map(ActiveProgram::zone).orElse(TEHRAN);
	}

	Map<String, String> of(MemberView member, Facts facts, String language) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", member.displayName() != null && !member.displayName().isBlank() ? member.displayName()
				: "fa".equals(language) ? "مشتری" : "member");
		values.put("points", facts.points() == null ? "" : number(facts.points(), language));
		values.put("tier", facts.tierId() == null ? "" : tierName(facts.tierId(), language));
		values.put("reward", facts.rewardCode() == null ? "" : rewardName(facts.rewardCode(), language));
		values.put("date", date(facts.date() == null ? LocalDate.now(zone()) : facts.date(), language));
		values.put("balance", number(ledger.account(member.id()).pointsBalance(), language));
		values.put("voucher", facts.voucherCode() == null ? "" : VoucherCode.parse(facts.voucherCode())
			.map(VoucherCode::grouped).orElse(facts.voucherCode()));
		values.put("choices", either(facts.choices().stream().map(code -> rewardName(code, language)).toList(), language));
		return values;
	}

	/** {@code A, B or C}; in Persian {@code A، B یا C}. */
	static String either(List<String> names, String language) {
		if (names.size() < 2) {
			return names.isEmpty() ? "" : names.getFirst();
		}
		boolean fa = "fa".equals(language);
		return String.join(fa ? "، " : ", ", names.subList(0, names.size() - 1)) + (fa ? " یا " : " or ")
				+ names.getLast();
	}

	/** Values that look like a member's, for a preview without one: the ladder's top tier, the catalog's first reward. */
	Map<String, String> sample(String language) {
		boolean fa = "fa".equals(language);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", fa ? "سارا احمدی" : "Sara Ahmadi");
		values.put("points", number(1200, language));
		values.put("tier", ladder().map(l -> l.levels().getLast().name().in(language)).orElse(fa ? "طلایی" : "Gold"));
		values.put("reward", catalog.list(false).stream().findFirst().map(r -> (fa ? r.definition().name().fa()
				: r.definition().name().en())).orElse(fa ? "قهوهٔ رایگان" : "Free coffee"));
		values.put("date", date(LocalDate.now(zone()), language));
		values.put("balance", number(3450, language));
		values.put("voucher", "7KQ2-M9XD-4TRW-B");
		values.put("choices", either(fa ? List.of("قهوهٔ رایگان", "کیک رایگان") : List.of("Free coffee", "Free cake"),
				language));
		return values;
	}

	static String number(long value, String language) {
		return "fa".equals(language) ? NumberFormat.getInstance(PERSIAN).format(value)
				: java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	static String date(LocalDate date, String language) {
		if (!"fa".equals(language)) {
			return ENGLISH_DATE.format(date);
		}
		PersianCalendar.Date jalali = PersianCalendar.of(date);
		NumberFormat digits = NumberFormat.getInstance(PERSIAN);
		digits.setGroupingUsed(false);
		return digits.format(jalali.day()) + " " + JALALI_MONTHS.get(jalali.month() - 1) + " "
				+ digits.format(jalali.year());
	}

	private Optional<TierLadder> ladder() {
		return programs.current().map(p -> p.tiers()).filter(l -> l.levels() != null && !l.levels().isEmpty());
	}

	private String tierName(String tierId, String language) {
		return ladder().flatMap(l -> l.levels().stream().filter(level -> level.id().equals(tierId)).findFirst())
			.map(level -> level.name().in(language))
			.orElse(tierId);
	}

	private String rewardName(String code, String language) {
		return catalog.get(code).map(CatalogReward::definition)
			.map(d -> "fa".equals(language) ? d.name().fa() : d.name().en())
			.orElse(code);
	}

	/** The rank of a tier on the ladder (0 is the lowest), -1 when it has no such tier. */
	int rank(String tierId) {
		return ladder().map(l -> {
			for (int i = 0; i < l.levels().size(); i++) {
				if (l.levels().get(i).id().equals(tierId)) {
					return i;
				}
			}
			return -1;
		}).orElse(-1);
	}
}
