package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import ir.vafa.programs.RuleDefinition;

/**
 * One rule being edited: every field any kind has, of which {@link #kind()} uses some. Mutable for the rule form's
 * binder, which writes only what the user changes, so an untouched rule comes back exactly as it was read.
 */
public final class RuleDraft implements Serializable {

	private final RuleKind kind;
	private String id;
	private String name;
	private BigDecimal spendUnit;
	private Long pointsPerUnit;
	private BigDecimal factor;
	private Long points;
	private String cardId;
	private Integer stampsPerReward;
	private String rewardCode;
	/** The rewards a full card offers besides {@code rewardCode}; none: no choice. */
	private ChoiceDraft choice = new ChoiceDraft();
	private Set<String> skus;
	private Set<String> categories;
	private LocalTime from;
	private LocalTime to;
	private Set<DayOfWeek> days;
	private Set<String> tiers;

	public RuleDraft(RuleKind kind) {
		this.kind = kind;
	}

	/** A new rule of the kind, with the values most programs start from. */
	public static RuleDraft newRule(RuleKind kind, String id) {
		RuleDraft rule = new RuleDraft(kind);
		rule.id = id;
		rule.name = "";
		switch (kind) {
			case SPEND -> {
				rule.spendUnit = BigDecimal.valueOf(10_000);
				rule.pointsPerUnit = 1L;
			}
			case MULTIPLIER -> {
				rule.factor = BigDecimal.TWO;
				rule.skus = Set.of();
				rule.categories = Set.of();
			}
			case FIRST_PURCHASE -> rule.points = 20L;
			case STAMP -> {
				rule.cardId = id;
				rule.stampsPerReward = 5;
				rule.rewardCode = "";
				rule.skus = Set.of();
				rule.categories = Set.of();
			}
		}
		return rule;
	}

	public static RuleDraft of(RuleDefinition definition) {
		RuleDraft rule = new RuleDraft(RuleKind.of(definition));
		rule.id = definition.id();
		rule.name = definition.name();
		rule.tiers = definition.tiers();
		RuleDefinition.Window window = definition.window();
		if (window != null) {
			rule.from = window.from();
			rule.to = window.to();
			rule.days = window.days();
		}
		switch (definition) {
			case RuleDefinition.Spend r -> {
				rule.spendUnit = r.spendUnit();
				rule.pointsPerUnit = r.pointsPerUnit();
			}
			case RuleDefinition.Multiplier r -> {
				rule.skus = r.skus();
				rule.categories = r.categories();
				rule.factor = r.factor();
			}
			case RuleDefinition.FirstPurchaseBonus r -> rule.points = r.points();
			case RuleDefinition.Stamp r -> {
				rule.cardId = r.cardId();
				rule.skus = r.skus();
				rule.categories = r.categories();
				rule.stampsPerReward = r.stampsPerReward();
				rule.rewardCode = r.rewardCode();
				rule.choice = ChoiceDraft.of(r.choice());
			}
		}
		return rule;
	}

	public RuleDefinition toDefinition() {
		RuleDefinition.Window window = window();
		return switch (kind) {
			case SPEND -> new RuleDefinition.Spend(id, name, spendUnit, pointsPerUnit, window, tiers);
			case MULTIPLIER -> new RuleDefinition.Multiplier(id, name, skus, categories, factor, window, tiers);
			case FIRST_PURCHASE -> new RuleDefinition.FirstPurchaseBonus(id, name, points, window, tiers);
			case STAMP -> new RuleDefinition.Stamp(id, name, cardId, skus, categories, stampsPerReward, rewardCode,
					window, tiers, choice.toChoice());
		};
	}

	/** No window when there are neither times nor days: the rule applies always. */
	private RuleDefinition.Window window() {
		boolean always = from == null && to == null && (days == null || days.isEmpty());
		return always ? null : new RuleDefinition.Window(from, to, days);
	}

	public RuleKind kind() {
		return kind;
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Unchanged.unlessSame(this.name, name);
	}

	public BigDecimal getSpendUnit() {
		return spendUnit;
	}

	public void setSpendUnit(BigDecimal spendUnit) {
		this.spendUnit = spendUnit;
	}

	public Long getPointsPerUnit() {
		return pointsPerUnit;
	}

	public void setPointsPerUnit(Long pointsPerUnit) {
		this.pointsPerUnit = pointsPerUnit;
	}

	public BigDecimal getFactor() {
		return factor;
	}

	public void setFactor(BigDecimal factor) {
		this.factor = factor;
	}

	public Long getPoints() {
		return points;
	}

	public void setPoints(Long points) {
		this.points = points;
	}

	public String getCardId() {
		return cardId;
	}

	public void setCardId(String cardId) {
		this.cardId = Unchanged.unlessSame(this.cardId, cardId);
	}

	public Integer getStampsPerReward() {
		return stampsPerReward;
	}

	public void setStampsPerReward(Integer stampsPerReward) {
		this.stampsPerReward = stampsPerReward;
	}

	public String getRewardCode() {
		return rewardCode;
	}

	public void setRewardCode(String rewardCode) {
		this.rewardCode = Unchanged.unlessSame(this.rewardCode, rewardCode);
	}

	public ChoiceDraft choice() {
		return choice;
	}

	public Set<String> getSkus() {
		return skus;
	}

	public void setSkus(Set<String> skus) {
		this.skus = Unchanged.unlessSame(this.skus, skus);
	}

	public Set<String> getCategories() {
		return categories;
	}

	public void setCategories(Set<String> categories) {
		this.categories = Unchanged.unlessSame(this.categories, categories);
	}

	public LocalTime getFrom() {
		return from;
	}

	public void setFrom(LocalTime from) {
		this.from = from;
	}

	public LocalTime getTo() {
		return to;
	}

	public void setTo(LocalTime to) {
		this.to = to;
	}

	public Set<DayOfWeek> getDays() {
		return days;
	}

	public void setDays(Set<DayOfWeek> days) {
		this.days = Unchanged.unlessSame(this.days, days);
	}

	public Set<String> getTiers() {
		return tiers;
	}

	public void setTiers(Set<String> tiers) {
		this.tiers = Unchanged.unlessSame(this.tiers, tiers);
	}
}
