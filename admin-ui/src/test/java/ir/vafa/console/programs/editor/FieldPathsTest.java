package ir.vafa.console.programs.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server finding lands on its field, or on the nearest enclosing part that has one, or nowhere. */
class FieldPathsTest {

	private final FieldPaths<String> paths = new FieldPaths<>();

	{
		paths.put("name", "name field");
		paths.put("rules[2]", "rule 2");
		paths.put("rules[2].spendUnit", "spend unit of rule 2");
		paths.put("rules[2].window", "until of rule 2");
		paths.put("tiers.levels[1].threshold", "threshold of tier 1");
		paths.put("lifecycle.expiry", "expiry kind");
	}

	@Test
	void aPathWithAFieldLandsOnIt() {
		assertThat(paths.find("rules[2].spendUnit")).hasValue("spend unit of rule 2");
		assertThat(paths.find("tiers.levels[1].threshold")).hasValue("threshold of tier 1");
		assertThat(paths.find("name")).hasValue("name field");
	}

	@Test
	void aPathWithoutAFieldLandsOnTheNearestEnclosingOne() {
		assertThat(paths.find("rules[2].window.days")).hasValue("until of rule 2");
		assertThat(paths.find("rules[2].stampsPerReward")).hasValue("rule 2");
		assertThat(paths.find("lifecycle.expiry.kind")).hasValue("expiry kind");
	}

	@Test
	void aPathNothingEnclosesIsLeftForTheList() {
		assertThat(paths.find("schemaVersion")).isEmpty();
		assertThat(paths.find("rules[7].factor")).isEmpty();
		assertThat(paths.find("tiers.levels[0].name")).isEmpty();
		assertThat(paths.find("")).isEmpty();
	}

	@Test
	void parentsStripAMemberOrAnIndex() {
		assertThat(FieldPaths.parent("rules[2].window.days")).isEqualTo("rules[2].window");
		assertThat(FieldPaths.parent("rules[2]")).isEqualTo("rules");
		assertThat(FieldPaths.parent("rules")).isNull();
	}
}
