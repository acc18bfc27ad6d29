package ir.vafa.programs;

import tools.jackson.databind.JsonNode;

/**
 * One difference between two program documents, at a JSON path such as {@code rules[1].factor}: its value before
 * and after (null where it did not exist). A rule is matched by its id, not its position, so moving a rule is not
 * a change of every rule after it.
 */
public record ProgramChange(String path, JsonNode before, JsonNode after) {
}
