package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.platform.Ids;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.PurchaseReturned;
import ir.vafa.purchases.ReturnContext;
import ir.vafa.purchases.ReturnReceipt;
import ir.vafa.purchases.ReturnReceiptBuilder;
import ir.vafa.purchases.ReturnRequest;
import ir.vafa.purchases.internal.PurchaseStore.StoredLine;
import ir.vafa.purchases.internal.PurchaseStore.StoredPurchase;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns take back exactly what the returned units earned, each participant its own part (points by the program's
 * return policy, stamps and their rewards, tier progress). The purchase's row is locked first, so two returns of one
 * purchase run one after the other and never take back the same unit twice; a retried return id answers its first
 * receipt.
 */
@Service
class ReturnService {

	private final PurchaseStore store;
	private final List<PurchaseParticipant> participants;
	private final Programs programs;
	private final Receipts receipts;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;

	ReturnService(PurchaseStore store, List<PurchaseParticipant> participants, Programs programs,
			Receipts receipts, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.store = store;
		this.participants = List.copyOf(participants);
		this.programs = programs;
		this.receipts = receipts;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public ReturnReceipt record(String purchaseExternalId, ReturnRequest request) {
		StoredPurchase purchase = store.find(purchaseExternalId, true)
			.orElseThrow(() -> ApiProblem.notFound("No purchase " + purchaseExternalId));
		String hash = hash(purchaseExternalId, request);
		Instant now = clock.instant();
		UUID returnId = Ids.timeOrdered();
		if (!store.insertReturn(returnId, purchase.id(), request.returnId(), hash, now)) {
			return replay(request.returnId(), hash);
		}
		Map<Integer, StoredLine> lines = new LinkedHashMap<>();
		store.lines(purchase.id()).forEach(l -> lines.put(l.lineNo(), l));
		verify(request, lines);

		List<ReturnContext.ReturnedLine> returned = new ArrayList<>();
		Map<Integer, Integer> back = new LinkedHashMap<>();
		for (ReturnRequest.Line line : request.lines()) {
			StoredLine stored = lines.get(line.lineNo());
			int before = stored.returnedQuantity();
			int after = before + line.quantity();
			returned.add(new ReturnContext.ReturnedLine(line.lineNo(), stored.quantity(), before, after,
					amountShare(stored.netAmount(), before, after, stored.quantity())));
			back.put(line.lineNo(), line.quantity());
			store.returnLine(returnId, line.lineNo(), line.quantity());
		}
		boolean completes = lines.values().stream()
			.allMatch(l -> l.returnedQuantity() + back.getOrDefault(l.lineNo(), 0) == l.quantity());
		PurchaseReceipt original = receipts.rebuild(purchase);
		ReturnContext context = new ReturnContext(purchase.recorded(), returnId, returned, original,
				programs.active().orElse(null), now, completes);
		ReturnReceiptBuilder built = new ReturnReceiptBuilder();
		if (purchase.memberId() != null && purchase.programVersion() != null) {
			participants.forEach(p -> p.giveBack(context, built));
		}
		ReturnReceipt receipt = built.build(context, request.returnId());
		store.completeReturn(returnId, json.writeValueAsString(receipt));
		events.publishEvent(new PurchaseReturned(CurrentTenant.id(), purchase.id(), purchase.externalId(), returnId,
				purchase.memberId(), receipt.amountReturned(), receipt.pointsTakenBack(), completes));
		return receipt;
	}

	static BigDecimal amountShare(BigDecimal net, int before, int after, int quantity) {
		BigDecimal q = BigDecimal.valueOf(quantity);
		BigDecimal upToAfter = net.multiply(BigDecimal.valueOf(after)).divide(q, 4, RoundingMode.HALF_EVEN);
		BigDecimal upToBefore = net.multiply(BigDecimal.valueOf(before)).divide(q, 4, RoundingMode.HALF_EVEN);
		return upToAfter.subtract(upToBefore);
	}

	private static void verify(ReturnRequest request, Map<Integer, StoredLine> lines) {
		List<FieldError> errors = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < request.lines().size(); i++) {
			ReturnRequest.Line back = request.lines().get(i);
			StoredLine line = lines.get(back.lineNo());
			if (line == null) {
				errors.add(new FieldError("lines[" + i + "].lineNo", "the purchase has no line " + back.lineNo()));
			}
			else if (!seen.add(back.lineNo())) {
				errors.add(new FieldError("lines[" + i + "].lineNo", "line " + back.lineNo() + " is named twice"));
			}
			else if (back.quantity() > line.quantity() - line.returnedQuantity()) {
				errors.add(new FieldError("lines[" + i + "].quantity", "only " + (line.quantity() - line.returnedQuantity())
						+ " of line " + back.lineNo() + " can still be returned"));
			}
		}
		if (!errors.isEmpty()) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Return refused",
					errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""), errors);
		}
	}

	private ReturnReceipt replay(String returnId, String hash) {
		PurchaseStore.StoredReturn first = store.findReturn(returnId).orElseThrow();
		if (!first.requestHash().equals(hash)) {
			throw ApiProblem.conflict("returnId", "Return " + returnId + " was recorded already with different content");
		}
		return json.readValue(first.receipt(), ReturnReceipt.class);
	}

	private static String hash(String purchase, ReturnRequest r) {
		RequestHash h = new RequestHash().add(purchase).add(r.returnId());
		r.lines().forEach(l -> h.add(l.lineNo()).add(l.quantity()));
		return h.hex();
	}
}
