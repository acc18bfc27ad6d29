package ir.vafa.programs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.vafa.programs.ProgramChange;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two program documents as JSON paths with their values before and after. Objects compare
 * field by field; the rules compare by id, so a rule moved, added or removed is one change; other arrays (SKUs,
 * days, tiers) compare as whole values.
 */
final class ProgramDiffer {

	private ProgramDiffer() {
	}

	static List<ProgramChange> diff(JsonNode before, JsonNode after) {
		List<ProgramChange> changes = new ArrayList<>();
		compare("", before, after, changes);
		return changes;
	}

	private static void compare(String path, JsonNode before, JsonNode after, List<ProgramChange> changes) {
		if (missing(before) && missing(after)) {
			return;
		}
		if (missing(before) || missing(after)) {
			changes.add(new ProgramChange(path, missing(before) ? null : before, missing(after) ? null : after));
			return;
		}
		if (before.isObject() && after.isObject()) {
			Set<String> names = new LinkedHashSet<>(before.propertyNames());
			names.addAll(after.propertyNames());
			for (String name : names) {
				compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), changes);
			}
			return;
		}
		if (path.equals("rules") && before.isArray() && after.isArray()) {
			rules(before, after, changes);
			return;
		}
		if (!equal(before, after)) {
			changes.add(new ProgramChange(path, before, after));
		}
	}

	/** Rules by id: a path {@code rules[id=base].spendUnit} says which rule whatever its position. */
	private static void rules(JsonNode before, JsonNode after, List<ProgramChange> changes) {
		Map<String, JsonNode> old = byId(before);
		Map<String, JsonNode> fresh = byId(after);
		Set<String> ids = new LinkedHashSet<>(old.keySet());
		ids.addAll(fresh.keySet());
		for (String id : ids) {
			compare("rules[id=" + id + "]", old.get(id), fresh.get(id), changes);
		}
		List<String> oldOrder = new ArrayList<>(old.keySet());
		oldOrder.retainAll(fresh.keySet());
		List<String> newOrder = new ArrayList<>(fresh.keySet());
		newOrder.retainAll(old.keySet());
		if (!oldOrder.equals(newOrder)) {
			changes.add(new ProgramChange("rules.order", textArray(before, oldOrder), textArray(after, newOrder)));
		}
	}

	private static JsonNode textArray(JsonNode like, List<String> ids) {
		var array = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		ids.forEach(array::add);
		return array;
	}

	private static Map<String, JsonNode> byId(JsonNode rules) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			JsonNode rule = rules.get(i);
			String id = rule.path("id").asString("#" + i);
			byId.put(id, rule);
		}
		return byId;
	}

	private static boolean missing(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	/** Numbers compare by value: 2 and 2.0 are one factor. */
	private static boolean equal(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		return a.equals(b);
	}
}
