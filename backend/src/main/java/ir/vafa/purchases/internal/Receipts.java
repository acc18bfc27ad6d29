package ir.vafa.purchases.internal;

import java.util.List;

import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.ReceiptBuilder;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a recorded purchase's receipt, equal to the one its first submission answered: each participant says
 * again what it wrote for it (returns since leave the receipt as it was). Receipts are not stored.
 */
@Component
class Receipts {

	private final List<PurchaseParticipant> participants;

	Receipts(List<PurchaseParticipant> participants) {
		this.participants = List.copyOf(participants);
	}

	PurchaseReceipt rebuild(PurchaseStore.StoredPurchase p) {
		if (p.memberId() == null || p.programVersion() == null) {
			return PurchaseReceipt.nothing(p.id(), p.externalId(), p.memberId(), p.programVersion());
		}
		ReceiptBuilder receipt = new ReceiptBuilder();
		participants.forEach(participant -> participant.rebuild(p.recorded(), receipt));
		return receipt.build(p.id(), p.externalId(), p.memberId(), p.programVersion());
	}
}
