package ir.vafa.ledger;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The points of a ledger line that fall to one line of its purchase. A line earned by a rule over a whole
 * purchase carries one of these per purchase line, summing to its points, so a return can take back exactly
 * what the returned lines earned.
 */
public record LinePoints(int lineNo, long points) {

	public static long sum(List<LinePoints> lines) {
		return lines.stream().mapToLong(LinePoints::points).sum();
	}

	/** The purchase line numbers, as people read them: {@code 1, 2, 4}. */
	public static String numbers(List<LinePoints> lines, String separator) {
		return lines.stream().map(l -> Integer.toString(l.lineNo())).collect(Collectors.joining(separator));
	}
}
