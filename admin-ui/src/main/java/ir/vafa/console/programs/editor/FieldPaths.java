package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where in the editor each JSON path of the program document is edited, so that the server's findings
 * ({@code rules[2].spendUnit}, {@code tiers.levels[1].threshold}) land on their field. A path with no field of its
 * own lands on the nearest enclosing one that has ({@code rules[1].window.from} on the rule's window,
 * {@code rules[1]} on the rule itself); a path with none is the caller's to list.
 */
public final class FieldPaths<T extends Serializable> implements Serializable {

	private final Map<String, T> targets = new LinkedHashMap<>();

	public void put(String path, T target) {
		targets.put(path, target);
	}

	public void clear() {
		targets.clear();
	}

	public Optional<T> find(String path) {
		for (String at = path; at != null; at = parent(at)) {
			T target = targets.get(at);
			if (target != null) {
				return Optional.of(target);
			}
		}
		return Optional.empty();
	}

	/** {@code rules[2].window} for {@code rules[2].window.days}, {@code rules[2]} for it, {@code rules}, then none. */
	static String parent(String path) {
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return cut <= 0 ? null : path.substring(0, cut);
	}
}
