package ir.vafa.console.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardDefinition.Discount;
import ir.vafa.catalog.RewardDefinition.Stock;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;

/**
 * A reward as the form edits it: flat, times as wall-clock times of the program's zone, amounts without their
 * currency (always the program's). {@link #toDefinition} keeps only the details of the chosen kind, so switching kind
 * back and forth while editing loses nothing and sends nothing of the other kinds.
 */
public class RewardDraft implements Serializable {

	private String code;
	private RewardKind kind = RewardKind.DISCOUNT;
	private String nameEn;
	private String nameFa;
	private String descriptionEn;
	private String descriptionFa;
	private Integer costPoints;
	private Discount.Type discountType = Discount.Type.PERCENT;
	private BigDecimal percent;
	private BigDecimal amount;
	private BigDecimal cap;
	private String categories;
	private String sku;
	private LocalDateTime startsAt;
	private LocalDateTime endsAt;
	private String placeEn;
	private String placeFa;
	private String charityEn;
	private String charityFa;
	private BigDecimal perPoint;
	private BigDecimal value;
	private LocalDateTime validFrom;
	private LocalDateTime validUntil;
	private Integer stockTotal;
	private Integer perMember;
	private Stock.Period period;
	private Set<String> tiers = new LinkedHashSet<>();
	private String imageUrl;
	private Integer voucherValidDays;

	public static RewardDraft of(RewardDefinition reward, ZoneId zone) {
		RewardDraft d = new RewardDraft();
		d.code = reward.code();
		d.kind = reward.kind();
		d.nameEn = reward.name().en();
		d.nameFa = reward.name().fa();
		if (reward.description() != null) {
			d.descriptionEn = reward.description().en();
			d.descriptionFa = reward.description().fa();
		}
		d.costPoints = reward.costPoints();
		if (reward.discount() != null) {
			d.discountType = reward.discount().type();
			d.percent = reward.discount().percent();
			d.amount = amountOf(reward.discount().amount());
			d.cap = amountOf(reward.discount().cap());
			d.categories = String.join(", ", reward.discount().categories());
		}
		d.sku = reward.sku();
		if (reward.experience() != null) {
			d.startsAt = local(reward.experience().startsAt(), zone);
			d.endsAt = local(reward.experience().endsAt(), zone);
			if (reward.experience().place() != null) {
				d.placeEn = reward.experience().place().en();
				d.placeFa = reward.experience().place().fa();
			}
		}
		if (reward.donation() != null) {
			d.charityEn = reward.donation().charity().en();
			d.charityFa = reward.donation().charity().fa();
			d.perPoint = amountOf(reward.donation().perPoint());
		}
		d.value = amountOf(reward.value());
		d.validFrom = local(reward.validFrom(), zone);
		d.validUntil = local(reward.validUntil(), zone);
		Stock stock = reward.stockOrUnlimited();
		d.stockTotal = stock.total();
		d.perMember = stock.perMember();
		d.period = stock.perMemberPeriod();
		d.tiers = new LinkedHashSet<>(reward.tiers());
		d.imageUrl = reward.imageUrl();
		d.voucherValidDays = reward.voucherValidDays();
		return d;
	}

	public RewardDefinition toDefinition(String currency, ZoneId zone) {
		Discount discount = kind != RewardKind.DISCOUNT ? null
				: new Discount(discountType, discountType == Discount.Type.PERCENT ? percent : null,
						discountType == Discount.Type.AMOUNT ? money(amount, currency) : null,
						discountType == Discount.Type.PERCENT ? money(cap, currency) : null, list(categories));
		RewardDefinition.Experience experience = kind != RewardKind.EXPERIENCE ? null
				: new RewardDefinition.Experience(instant(startsAt, zone), instant(endsAt, zone), texts(placeEn, placeFa));
		RewardDefinition.Donation donation = kind != RewardKind.DONATION ? null
				: new RewardDefinition.Donation(texts(charityEn, charityFa), money(perPoint, currency));
		Stock stock = stockTotal == null && perMember == null && period == null ? null
				: new Stock(stockTotal, perMember, period);
		return new RewardDefinition(blankToNull(code), kind, texts(nameEn, nameFa), texts(descriptionEn, descriptionFa),
				costPoints, discount, kind == RewardKind.FREE_PRODUCT ? blankToNull(sku) : null, experience, donation,
				kind == RewardKind.GIFT_CARD ? money(value, currency) : null, instant(validFrom, zone),
				instant(validUntil, zone), stock, List.copyOf(tiers), blankToNull(imageUrl), voucherValidDays);
	}

	private static Texts texts(String en, String fa) {
		return blankToNull(en) == null && blankToNull(fa) == null ? null : new Texts(blankToNull(en), blankToNull(fa));
	}

	private static Money money(BigDecimal amount, String currency) {
		return amount == null ? null : new Money(amount, currency);
	}

	private static BigDecimal amountOf(Money money) {
		return money == null ? null : money.amount();
	}

	private static List<String> list(String commaSeparated) {
		return commaSeparated == null ? List.of()
				: Arrays.stream(commaSeparated.split("[,،]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static LocalDateTime local(Instant instant, ZoneId zone) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}

	private static Instant instant(LocalDateTime time, ZoneId zone) {
		return time == null ? null : time.atZone(zone).toInstant();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// for the form's binder

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public RewardKind getKind() {
		return kind;
	}

	public void setKind(RewardKind kind) {
		this.kind = kind;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameFa() {
		return nameFa;
	}

	public void setNameFa(String nameFa) {
		this.nameFa = nameFa;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionFa() {
		return descriptionFa;
	}

	public void setDescriptionFa(String descriptionFa) {
		this.descriptionFa = descriptionFa;
	}

	public Integer getCostPoints() {
		return costPoints;
	}

	public void setCostPoints(Integer costPoints) {
		this.costPoints = costPoints;
	}

	public Discount.Type getDiscountType() {
		return discountType;
	}

	public void setDiscountType(Discount.Type discountType) {
		this.discountType = discountType;
	}

	public BigDecimal getPercent() {
		return percent;
	}

	public void setPercent(BigDecimal percent) {
		this.percent = percent;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getCap() {
		return cap;
	}

	public void setCap(BigDecimal cap) {
		this.cap = cap;
	}

	public String getCategories() {
		return categories;
	}

	public void setCategories(String categories) {
		this.categories = categories;
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlaceEn() {
		return placeEn;
	}

	public void setPlaceEn(String placeEn) {
		this.placeEn = placeEn;
	}

	public String getPlaceFa() {
		return placeFa;
	}

	public void setPlaceFa(String placeFa) {
		this.placeFa = placeFa;
	}

	public String getCharityEn() {
		return charityEn;
	}

	public void setCharityEn(String charityEn) {
		this.charityEn = charityEn;
	}

	public String getCharityFa() {
		return charityFa;
	}

	public void setCharityFa(String charityFa) {
		this.charityFa = charityFa;
	}

	public BigDecimal getPerPoint() {
		return perPoint;
	}

	public void setPerPoint(BigDecimal perPoint) {
		this.perPoint = perPoint;
	}

	public BigDecimal getValue() {
		return value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public LocalDateTime getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDateTime validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDateTime getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDateTime validUntil) {
		this.validUntil = validUntil;
	}

	public Integer getStockTotal() {
		return stockTotal;
	}

	public void setStockTotal(Integer stockTotal) {
		this.stockTotal = stockTotal;
	}

	public Integer getPerMember() {
		return perMember;
	}

	public void setPerMember(Integer perMember) {
		this.perMember = perMember;
	}

	public Stock.Period getPeriod() {
		return period;
	}

	public void setPeriod(Stock.Period period) {
		this.period = period;
	}

	public Set<String> getTiers() {
		return tiers;
	}

	public void setTiers(Set<String> tiers) {
		this.tiers = tiers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tiers);
	}

	public String getImageUrl() {
		return imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl;
	}

	public Integer getVoucherValidDays() {
		return voucherValidDays;
	}

	public void setVoucherValidDays(Integer voucherValidDays) {
		this.voucherValidDays = voucherValidDays;
	}
}
