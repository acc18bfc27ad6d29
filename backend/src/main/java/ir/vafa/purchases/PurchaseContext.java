package ir.vafa.purchases;

import java.time.Instant;
import java.util.UUID;

import ir.vafa.programs.ActiveProgram;

/** A member's purchase being recorded: its id, what the POS sent, the member, the program version deciding it. */
public record PurchaseContext(UUID purchaseId, PurchaseRequest request, UUID memberId, ActiveProgram program,
		Instant now) {
}
