package ir.vafa.console.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.RuleDefinition.Window;
import org.junit.jupiter.api.Test;

class RuleDescriptionsTest {

	private final RuleDescriptions english = new RuleDescriptions(Messages.of(Language.ENGLISH), "IRR");
	private final RuleDescriptions persian = new RuleDescriptions(Messages.of(Language.PERSIAN), "IRR");

	@Test
	void spendRulesSayHowMuchEarnsHowManyPoints() {
		assertThat(english.describe(new RuleDefinition.Spend("base", "Base", new BigDecimal("10000"), 1)))
			.isEqualTo("1 point for every 10,000 IRR spent");
		assertThat(english.describe(new RuleDefinition.Spend("base", "Base", new BigDecimal("50000"), 3)))
			.isEqualTo("3 points for every 50,000 IRR spent");
		assertThat(persian.describe(new RuleDefinition.Spend("base", "Base", new BigDecimal("10000"), 1)))
			.isEqualTo("۱ امتیاز به ازای هر ۱۰٬۰۰۰ IRR خرید");
	}

	@Test
	void everyKindOfTheCafeProgramIsNamedAndDescribed() {
		List<RuleDefinition> rules = DemoPrograms.cafe().rules();

		assertThat(rules).extracting(english::kind)
			.containsExactly("Points for spend", "Multiplier", "First-purchase bonus", "Stamp card");
		assertThat(rules).extracting(persian::kind).containsExactly("امتیاز خرید", "ضریب", "پاداش نخستین خرید", "کارت مهر");
		assertThat(english.describe(rules.get(1))).isEqualTo("×2 the points on categories coffee");
		assertThat(english.describe(rules.get(2))).isEqualTo("20 bonus points on a member’s first purchase");
		assertThat(english.describe(rules.get(3)))
			.isEqualTo("A stamp on card “coffee-card” for a visit with categories coffee; 5 stamps give the reward “free-coffee”");
	}

	@Test
	void targetsNameCategoriesAndProducts() {
		RuleDefinition rule = new RuleDefinition.Multiplier("m", "M", Set.of("SKU-1"), Set.of("tea"), new BigDecimal("1.5"), null, null);

		assertThat(english.describe(rule)).isEqualTo("×1.5 the points on categories tea and products SKU-1");
		assertThat(persian.describe(new RuleDefinition.FirstPurchaseBonus("w", "W", 20L, null, null))).isEqualTo("۲۰ امتیاز هدیه برای نخستین خرید عضو");
	}

	@Test
	void windowsSayTheDaysAndHours() {
		assertThat(english.when(null)).isEqualTo("Always");
		assertThat(english.when(new Window(null, null, Set.of(DayOfWeek.FRIDAY, DayOfWeek.THURSDAY)))).isEqualTo("Thursday, Friday");
		assertThat(english.when(new Window(LocalTime.of(8, 0), LocalTime.of(10, 0), Set.of())))
			.startsWith("Every day, 8:00")
			.contains("–10:00");
		assertThat(english.when(new Window(LocalTime.of(22, 0), null, Set.of()))).endsWith("–midnight");
		assertThat(english.when(new Window(LocalTime.of(22, 0), LocalTime.of(2, 0), Set.of(DayOfWeek.THURSDAY))))
			.startsWith("Thursday, ")
			.endsWith("(next day)");
		assertThat(persian.when(new Window(LocalTime.of(8, 0), LocalTime.of(10, 0), Set.of()))).isEqualTo("هر روز، ۸:۰۰ تا ۱۰:۰۰");
		assertThat(persian.when(new Window(null, null, Set.of(DayOfWeek.FRIDAY)))).isEqualTo("جمعه");
	}

	@Test
	void stampRulesWithProductsOnly() {
		RuleDefinition rule = new RuleDefinition.Stamp("s", "S", "card", Set.of("SKU-9"), Set.of(), 10, "gift", null, null);

		assertThat(english.describe(rule)).contains("with products SKU-9").contains("10 stamps");
	}
}
