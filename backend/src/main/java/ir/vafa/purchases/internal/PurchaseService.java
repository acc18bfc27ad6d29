package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.members.MemberRef;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.platform.WriteBatches;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.MemberFactsBuilder;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.PurchaseRecorded;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.purchases.ReceiptBuilder;
import ir.vafa.purchases.ReturnReceipt;
import ir.vafa.purchases.ReturnRequest;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.LineFacts;
import ir.vafa.rules.MemberFacts;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core loop: purchase → facts → rules → effects, in one transaction, in three round trips for a member's
 * purchase: the reads (led by the lock on the member's account, so one member's purchases never interleave), the
 * writes (led by the claim of the external id: of N identical submissions racing, one posts, the others find the
 * id taken, roll back and answer its receipt), the commit. What the reads and writes are is each participant's
 * business ({@link PurchaseParticipant}: points and lots, stamps and rewards, tiers); this class only runs them.
 * The receipt is not stored: what the purchase wrote says all of it, and a retry rebuilds it.
 */
@Service
class PurchaseService implements Purchases {

	/** POS clocks drift; a purchase further ahead than this is refused as a mistake. */
	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	private final PurchaseStore store;
	private final Programs programs;
	private final Members members;
	private final List<PurchaseParticipant> participants;
	private final WriteBatches batches;
	private final Clock clock;
	private final ReturnService returns;
	private final Receipts receipts;
	private final DryRunService dryRuns;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate writing;
	private final TransactionTemplate reading;

	PurchaseService(PurchaseStore store, Programs programs, Members members, List<PurchaseParticipant> participants,
			WriteBatches batches, Clock clock, ReturnService returns, Receipts receipts, DryRunService dryRuns, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.programs = programs;
		this.members = members;
		this.participants = List.copyOf(participants);
		this.batches = batches;
		this.clock = clock;
		this.returns = returns;
		this.receipts = receipts;
		this.dryRuns = dryRuns;
		this.events = events;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public PurchaseReceipt record(PurchaseRequest request) {
		ActiveProgram program = programs.active().orElse(null);
		Instant now = clock.instant();
		PurchaseChecks.verify(request, program, now);
		String hash = hash(request);
		try {
			return writing.execute(tx -> post(request, program, hash, now));
		}
		catch (DuplicateKeyException taken) {
			// Rolled back: the external id was recorded first, by a retry's original or a concurrent duplicate.
			return reading.execute(tx -> replay(request.externalId(), hash).orElseThrow(() -> taken));
		}
	}

	private PurchaseReceipt post(PurchaseRequest request, ActiveProgram program, String hash, Instant now) {
		UUID memberId = member(request.member()).orElse(null);
		UUID purchaseId = Ids.timeOrdered();
		Integer version = program == null ? null : program.version();
		WriteBatch batch = batches.start();
		PurchaseReceipt receipt;
		if (memberId == null || program == null) {
			// Anonymous, or before the tenant's first program: recorded (they count in the figures), earning nothing.
			receipt = PurchaseReceipt.nothing(purchaseId, request.externalId(), memberId, version);
		}
		else {
			PurchaseContext context = new PurchaseContext(purchaseId, request, memberId, program, now);
			List<PurchaseParticipant.Prepared> prepared = prepare(context);
			MemberFactsBuilder member = new MemberFactsBuilder(memberId.toString());
			prepared.forEach(p -> p.describe(member));
			Evaluation evaluation = programs.evaluate(program, facts(purchaseId, request, member.build()));
			ReceiptBuilder built = new ReceiptBuilder();
			prepared.forEach(p -> p.apply(evaluation, batch, built));
			receipt = built.build(purchaseId, request.externalId(), memberId, version);
		}
		// The claim leads the batch: a taken id fails it before anything else is written.
		store.claim(batch, purchaseId, request, memberId, hash, now, version, receipt.balance(),
				receipt.tier() == null ? null : receipt.tier().id());
		batch.send();
		events.publishEvent(new PurchaseRecorded(CurrentTenant.id(), purchaseId, request.externalId(), memberId,
				version, request.occurredAt(), request.currency(), request.total(), receipt.pointsEarned()));
		return receipt;
	}

	/**
	 * Every participant's reads in one batch. A member's first purchase finds no account to lock; the ledger then
	 * creates and locks it, and the reads run once more under that lock.
	 */
	private List<PurchaseParticipant.Prepared> prepare(PurchaseContext context) {
		while (true) {
			ReadBatch reads = batches.startReads();
			List<PurchaseParticipant.Prepared> prepared = new ArrayList<>(participants.size());
			participants.forEach(p -> prepared.add(p.prepare(context, reads)));
			reads.send();
			boolean settled = true;
			for (PurchaseParticipant.Prepared p : prepared) {
				settled &= p.settled();
			}
			if (settled) {
				return prepared;
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PurchaseReceipt> receipt(String externalId) {
		return store.find(externalId, false).map(receipts::rebuild);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ir.vafa.purchases.RecordedPurchase> recorded(String externalId) {
		return store.find(externalId, false).map(PurchaseStore.StoredPurchase::recorded);
	}

	@Override
	@Transactional
	public Optional<Boolean> lockAndTellReturned(String externalId) {
		return store.find(externalId, true).map(p -> store.hasReturns(p.id()));
	}

	@Override
	public ReturnReceipt giveBack(String purchaseExternalId, ReturnRequest request) {
		return returns.record(purchaseExternalId, request);
	}

	@Override
	public ir.vafa.purchases.DryRun.Result dryRun(ir.vafa.purchases.DryRun request) {
		return dryRuns.run(request);
	}

	private static PurchaseFacts facts(UUID purchaseId, PurchaseRequest request, MemberFacts member) {
		List<LineFacts> lines = new ArrayList<>(request.lines().size());
		for (int i = 0; i < request.lines().size(); i++) {
			PurchaseRequest.Line l = request.lines().get(i);
			lines.add(new LineFacts(i + 1, l.sku(), l.category(), l.quantity(), l.unitPrice(), l.discountOrZero()));
		}
		return new PurchaseFacts(purchaseId.toString(), request.occurredAt(), request.store(), request.channel(),
				java.util.Currency.getInstance(request.currency()), request.total(), lines, member);
	}

	private Optional<UUID> member(PurchaseRequest.MemberIdentifier given) {
		if (given == null) {
			return Optional.empty();
		}
		MemberRef ref = new MemberRef(given.id(), given.phone(), given.email(), given.cardNumber());
		if (ref.given() != 1) {
			throw ApiProblem.invalid("member", "give exactly one of id, phone, email and cardNumber");
		}
		return Optional.of(members.idOf(ref)
			.orElseThrow(() -> ApiProblem.invalid("member." + ref.field(), "no member of this program has it")));
	}

	/** The first submission's receipt, when the id was recorded; 409 when that submission said something else. */
	private Optional<PurchaseReceipt> replay(String externalId, String hash) {
		return store.find(externalId, false).map(first -> {
			if (!first.requestHash().equals(hash)) {
				throw ApiProblem.conflict("externalId",
						"Purchase " + externalId + " was recorded already with different content");
			}
			return receipts.rebuild(first);
		});
	}

	static String hash(PurchaseRequest r) {
		RequestHash h = new RequestHash().add(r.externalId()).add(r.store()).add(r.channel()).add(r.occurredAt())
			.add(r.currency()).add(r.total());
		if (r.member() != null) {
			h.add(r.member().id()).add(r.member().phone()).add(r.member().email()).add(r.member().cardNumber());
		}
		for (PurchaseRequest.Line l : r.lines()) {
			h.add(l.sku()).add(l.category()).add(l.quantity()).add(l.unitPrice()).add(l.discountOrZero());
		}
		return h.hex();
	}

	static BigDecimal sumOfLines(PurchaseRequest r) {
		return r.lines().stream().map(PurchaseRequest.Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
