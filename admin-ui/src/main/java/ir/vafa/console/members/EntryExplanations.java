package ir.vafa.console.members;

import java.util.UUID;

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
			case EARN -> messages.get("history.why.EARN", entry.ruleName(), entry.programVersion(), entry.lineNo(),
					shortId(entry.purchaseId()));
			case REVERSE -> messages.get("history.why.REVERSE", entry.lineNo(), shortId(entry.purchaseId()),
					entry.ruleName(), entry.programVersion());
			case REDEEM -> entry.reason() == null ? messages.get("history.why.REDEEM")
					: messages.get("history.why.REDEEM.reason", entry.reason());
			case ADJUST -> messages.get("history.why.ADJUST", entry.actor(), entry.reason());
		};
	}

	/** Enough of a purchase id to find it again, short enough to read. */
	private static String shortId(UUID id) {
		return id == null ? "" : id.toString().substring(0, 8);
	}
}
