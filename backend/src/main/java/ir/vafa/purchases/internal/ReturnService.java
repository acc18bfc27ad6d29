package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.Posting;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.platform.Ids;
import ir.vafa.purchases.ReturnReceipt;
import ir.vafa.purchases.ReturnRequest;
import ir.vafa.purchases.internal.PurchaseStore.StoredLine;
import ir.vafa.purchases.internal.PurchaseStore.StoredPurchase;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Returns take back exactly what the returned units earned. What a line earned is split over its units by
 * {@link #share}: after n of q units are back, floor(earned × n / q) has been taken, so returning a line in any
 * pieces takes back exactly its whole, and never more.
 */
@Service
class ReturnService {

	private final PurchaseStore store;
	private final Ledger ledger;
	private final Rewards rewards;
	private final JsonMapper json;
	private final Clock clock;

	ReturnService(PurchaseStore store, Ledger ledger, Rewards rewards, JsonMapper json, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.rewards = rewards;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public ReturnReceipt record(String purchaseExternalId, ReturnRequest request) {
		StoredPurchase purchase = store.find(purchaseExternalId, true)
			.orElseThrow(() -> ApiProblem.notFound("No purchase " + purchaseExternalId));
		String hash = hash(purchaseExternalId, request);
		UUID returnId = Ids.timeOrdered();
		if (!store.insertReturn(returnId, purchase.id(), request.returnId(), hash, clock.instant())) {
			return replay(request.returnId(), hash);
		}
		Map<Integer, StoredLine> lines = new LinkedHashMap<>();
		store.lines(purchase.id()).forEach(l -> lines.put(l.lineNo(), l));
		verify(request, lines);

		MemberAccount account = purchase.memberId() == null ? null : ledger.lockAccount(purchase.memberId());
		List<LedgerEntry> earned = purchase.memberId() == null ? List.of()
				: ledger.forPurchase(purchase.id()).stream().filter(e -> e.kind() == EntryKind.EARN).toList();
		List<StampEvent> stamped = purchase.memberId() == null ? List.of()
				: rewards.stampsFor(purchase.id()).stream().filter(s -> s.delta() > 0).toList();

		// What each of the purchase's ledger lines gives back, per returned line: one reversing line per earning.
		Map<LedgerEntry, List<LinePoints>> takenBack = new LinkedHashMap<>();
		List<ReturnReceipt.Taken> taken = new ArrayList<>();
		BigDecimal amount = BigDecimal.ZERO;
		long points = 0;
		int stamps = 0;
		for (ReturnRequest.Line back : request.lines()) {
			StoredLine line = lines.get(back.lineNo());
			int before = line.returnedQuantity();
			int after = before + back.quantity();
			amount = amount.add(amountShare(line.netAmount(), before, after, line.quantity()));
			for (LedgerEntry e : earned) {
				long share = share(e.pointsOn(back.lineNo()), before, after, line.quantity());
				if (share != 0) {
					takenBack.computeIfAbsent(e, k -> new ArrayList<>()).add(new LinePoints(back.lineNo(), -share));
					taken.add(new ReturnReceipt.Taken(back.lineNo(), back.quantity(), e.ruleId(), share, 0));
					points += share;
				}
			}
			for (StampEvent s : stamped) {
				if (s.lineNo() == back.lineNo() && share(1, before, after, line.quantity()) == 1) {
					rewards.unstamp(new StampEvent(s.memberId(), s.cardId(), -1, purchase.id(), s.lineNo(), returnId,
							s.ruleId(), s.ruleName(), s.programVersion()));
					taken.add(new ReturnReceipt.Taken(back.lineNo(), back.quantity(), s.ruleId(), 0, 1));
					stamps++;
				}
			}
			store.returnLine(returnId, back.lineNo(), back.quantity());
		}
		List<Posting> postings = new ArrayList<>(takenBack.size());
		takenBack.forEach((e, back) -> postings.add(Posting.reverse(purchase.memberId(), purchase.id(), returnId,
				e.ruleId(), e.ruleName(), e.programVersion(), back)));
		Long balance = null;
		if (account != null) {
			ledger.post(postings);
			ledger.recordReturn(purchase.memberId(), amount);
			balance = account.pointsBalance() - points;
		}
		ReturnReceipt receipt = new ReturnReceipt(returnId, request.returnId(), purchaseExternalId, purchase.memberId(),
				amount, points, stamps, balance, taken);
		store.completeReturn(returnId, json.writeValueAsString(receipt));
		return receipt;
	}

	/** What of {@code earned} falls to units {@code before+1 .. after} of {@code quantity}. */
	static long share(long earned, int before, int after, int quantity) {
		return Math.floorDiv(earned * after, quantity) - Math.floorDiv(earned * before, quantity);
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
			throw new ApiProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "Return refused",
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
