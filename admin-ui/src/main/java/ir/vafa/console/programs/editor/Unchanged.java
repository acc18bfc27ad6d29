package ir.vafa.console.programs.editor;

import java.util.Collection;

/**
 * Keeps a value the document had when a field writes back one that means the same: a binder reads {@code null} into
 * a field as its empty value ("", an empty set, unchecked) and writes that back. Without this, merely opening a
 * program would change it ({@code tiers: null → []}) and the draft's difference against the live version would list
 * changes nobody made.
 */
final class Unchanged {

	private Unchanged() {
	}

	static <T extends Collection<?>> T unlessSame(T before, T after) {
		return empty(before) && empty(after) ? before : after;
	}

	static String unlessSame(String before, String after) {
		return blank(before) && blank(after) ? before : after;
	}

	/** Unchecked means what left out means. */
	static Boolean unlessSame(Boolean before, Boolean after) {
		return before == null && Boolean.FALSE.equals(after) ? null : after;
	}

	/** A value left out shows as its default; choosing that default leaves it out still. */
	static <T> T unlessDefault(T before, T after, T byDefault) {
		return before == null && byDefault.equals(after) ? null : after;
	}

	private static boolean empty(Collection<?> values) {
		return values == null || values.isEmpty();
	}

	private static boolean blank(String text) {
		return text == null || text.isEmpty();
	}
}
