package ir.vafa.programs.internal;

import ir.vafa.programs.ProgramDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Program documents as stored, in every schema version ever written. Each stored document says its
 * {@code schemaVersion}; reading upgrades older ones to today's {@link ProgramDefinition}, writing always writes
 * today's. Golden fixtures of each version are read in the tests.
 * <ul>
 * <li>1 (walking skeleton): name, currency, timezone, rounding, rules. Its rules have today's fields (times as
 * {@code "08:00:00"}); it had no lifecycle and no tiers, which read as none.</li>
 * <li>2: adds {@code lifecycle}, {@code tiers}, and {@code tiers} on each rule.</li>
 * </ul>
 */
@Component
class ProgramDocuments {

	private final JsonMapper json;

	ProgramDocuments(JsonMapper json) {
		this.json = json;
	}

	String write(ProgramDefinition definition) {
		return json.writeValueAsString(current(definition));
	}

	ProgramDefinition read(String stored) {
		JsonNode node = json.readTree(stored);
		int version = node.path("schemaVersion").asInt(1);
		if (version > ProgramDefinition.SCHEMA_VERSION) {
			throw new IllegalStateException("A program document of schema version " + version
					+ " is newer than this application reads (" + ProgramDefinition.SCHEMA_VERSION + ")");
		}
		ObjectNode upgraded = ((ObjectNode) node).put("schemaVersion", ProgramDefinition.SCHEMA_VERSION);
		return json.treeToValue(upgraded, ProgramDefinition.class);
	}

	JsonNode tree(ProgramDefinition definition) {
		return json.valueToTree(current(definition));
	}

	static ProgramDefinition current(ProgramDefinition d) {
		return new ProgramDefinition(ProgramDefinition.SCHEMA_VERSION, d.name(), d.currency(), d.timezone(),
				d.rounding(), d.lifecycle(), d.tiers(), d.rules(), d.redemption());
	}
}
