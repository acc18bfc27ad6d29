package ir.vafa.programs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.ProgramDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every schema version of the stored program document ever written is read, from golden fixtures kept as they were
 * stored: a version published years ago must still be readable, and read as it was meant.
 */
class ProgramDocumentsTest {

	private final ProgramDocuments documents = new ProgramDocuments(JsonMapper.builder().build());

	@Test
	void schemaVersionOneIsTheWalkingSkeletonsProgramWithNoLifecycleAndNoTiers() {
		ProgramDefinition read = documents.read(fixture("schema-1-cafe.json"));

		ProgramDefinition cafe = DemoPrograms.cafe();
		assertThat(read).isEqualTo(new ProgramDefinition(ProgramDefinition.SCHEMA_VERSION, cafe.name(), cafe.currency(),
				cafe.timezone(), cafe.rounding(), null, null, cafe.rules()));
	}

	@Test
	void schemaVersionTwoHasTheLifecycleAndTheTierLadder() {
		ProgramDefinition read = documents.read(fixture("schema-2-retail.json"));

		// written before programs said what a point pays at the till: without it, as it was published
		assertThat(read).isEqualTo(DemoPrograms.retail().withRedemption(null));
	}

	@Test
	void whatIsWrittenIsTheCurrentSchemaAndReadsBackTheSame() {
		ProgramDefinition retail = DemoPrograms.retail();

		String written = documents.write(retail);

		assertThat(written).contains("\"schemaVersion\":" + ProgramDefinition.SCHEMA_VERSION);
		assertThat(documents.read(written)).isEqualTo(retail);
	}

	@Test
	void aDocumentOfANewerSchemaThanThisApplicationReadsIsRefusedRatherThanMisread() {
		assertThatThrownBy(() -> documents.read("{\"schemaVersion\": 99, \"name\": \"x\", \"rules\": []}"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("99");
	}

	@Test
	void theFixturesCoverEverySchemaVersion() {
		List<String> fixtures = List.of("schema-1-cafe.json", "schema-2-retail.json");
		assertThat(fixtures).hasSize(ProgramDefinition.SCHEMA_VERSION);
	}

	private static String fixture(String name) {
		try (InputStream in = ProgramDocumentsTest.class.getResourceAsStream("/program-documents/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
