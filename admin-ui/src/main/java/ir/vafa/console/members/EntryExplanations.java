package ir.vafa.console.members;

import java.text.NumberFormat;
import java.util.UUID;
import java.util.stream.Collectors;

import ir.vafa.console.i18n.Messages;
import ir.vafa.ledger.LedgerEntry;

/**
 * The answer to "why did I get these points?" for a ledger line, in the reader's language (the same facts as
 * {@link LedgerEntry#explanation()}).
 */
final class EntryExplanations {

	private final Messages messages;

	EntryExplanations(Messages messages) {
		this.messages = messages;
	}

	String kind(LedgerEntry entry) {
		return messages.get("history.kind." + entry.kind());
	}

	String why(LedgerEntry entry) {
		return switch (entry.kind()) {
			case EARN -> messages.get("history.why.EARN", entry.ruleName(), entry.programVersion(), lines(entry),
					shortId(entry.purchaseId()));
			case REVERSE -> messages.get("history.why.REVERSE", lines(entry), shortId(entry.purchaseId()),
					entry.ruleName(), entry.programVersion());
			case REDEEM -> entry.reason() == null ? messages.get("history.why.REDEEM")
					: messages.get("history.why.REDEEM.reason", entry.reason());
			case ADJUST -> messages.get("history.why.ADJUST", entry.actor(), entry.reason());
			case EXPIRE -> messages.get("history.why.EXPIRE", entry.lots().size());
			case DONATE -> messages.get("history.why.DONATE", entry.reason() == null ? "" : entry.reason());
			case REFUND -> messages.get("history.why.REFUND", entry.reason() == null ? "" : entry.reason());
		};
	}

	/** "line 2" or "lines 1, 2, 4", in the reader's digits. */
	private String lines(LedgerEntry entry) {
		NumberFormat digits = NumberFormat.getIntegerInstance(messages.locale());
		String numbers = entry.lines().stream().map(l -> digits.format(l.lineNo()))
			.collect(Collectors.joining(messages.get("history.lines.separator")));
		return messages.get(entry.lines().size() == 1 ? "history.lines.one" : "history.lines.many", numbers);
	}

	/** Enough of a purchase id to find it again, short enough to read. */
	private static String shortId(UUID id) {
		return id == null ? "" : id.toString().substring(0, 8);
	}
}
