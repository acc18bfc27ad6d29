package ir.vafa.programs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reward the member chooses: a full stamp card, or reaching a tier, offers {@code rewards} besides the rule's (or
 * the tier's) {@code rewardCode} (each a catalog reward), for {@code days} (from 1 to 365; 14 when left out). The
 * member, on their page, or a cashier at the till picks one; whoever has not chosen by then gets {@code rewardCode}.
 */
@Schema(example = """
		{"rewards": ["free-pastry", "free-tea"], "days": 14}""")
public record RewardChoice(List<String> rewards, Integer days) {

	public static final int DEFAULT_DAYS = 14;
	public static final int MAX_DAYS = 365;
	public static final int MAX_REWARDS = 5;

	public RewardChoice {
		rewards = rewards == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rewards));
	}

	public int daysOrDefault() {
		return days == null ? DEFAULT_DAYS : days;
	}

	/** What the member may take: the rule's reward first (the one given when no choice is made), then the others. */
	public List<String> options(String rewardCode) {
		List<String> options = new java.util.ArrayList<>();
		options.add(rewardCode);
		rewards.stream().filter(r -> !r.equals(rewardCode)).forEach(options::add);
		return List.copyOf(options);
	}
}
