package ir.vafa.programs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramView;
import ir.vafa.programs.Programs;
import ir.vafa.rules.CompiledProgram;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.rules.InvalidProgramException;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.RuleEngine;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishing compiles; evaluating only looks up. The compiled current version of each tenant is kept in memory
 * and replaced when a newer version becomes current, so purchases never wait for a compile (for the standard
 * rule kinds a compile only builds parameter facts for the shared rule base, so a node that starts cold warms
 * each tenant on its first purchase in microseconds).
 */
@Service
class ProgramService implements Programs {

	private final ProgramStore store;
	private final RuleEngine engine;
	private final Clock clock;
	/**
	 * How long this node trusts its idea of a tenant's current version before asking the database again. A publish
	 * on this node takes effect at once; one on another node within this time. Either way each ledger line names
	 * the version that earned it.
	 */
	static final Duration RECHECK_AFTER = Duration.ofSeconds(1);

	private final Map<UUID, Known> compiled = new ConcurrentHashMap<>();

	/** A compiled version, and when the database last confirmed it was the current one. */
	private record Known(ActiveProgram program, Instant confirmedAt) {
	}

	ProgramService(ProgramStore store, RuleEngine engine, Clock clock) {
		this.store = store;
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgramView> current() {
		UUID tenant = CurrentTenant.id();
		return store.currentVersion(tenant).flatMap(v -> store.find(tenant, v));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgramView> version(int version) {
		return store.find(CurrentTenant.id(), version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramView> versions() {
		return store.all(CurrentTenant.id());
	}

	@Override
	@Transactional
	public ProgramView publish(ProgramDefinition definition, String actor) {
		UUID tenant = CurrentTenant.id();
		Currency currency = currency(definition.currency());
		ZoneId zone = zone(definition.timezone());
		int version = store.lockNextVersion(tenant, clock.instant());
		ProgramView view = new ProgramView(version, definition.name(), currency.getCurrencyCode(), zone.getId(),
				definition.rounding(), definition.rules(), clock.instant(), actor);
		ActiveProgram active = compile(tenant, view);
		store.insert(tenant, view);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				remember(tenant, active, clock.instant());
			}
		});
		return view;
	}

	/**
	 * No transaction: it is asked on every purchase and nearly always answers from memory, and opening one cost a
	 * twentieth of a purchase's CPU. Its two reads need none either, as published versions never change.
	 */
	@Override
	public ActiveProgram active() {
		UUID tenant = CurrentTenant.id();
		Instant now = clock.instant();
		Known known = compiled.get(tenant);
		if (known != null && now.isBefore(known.confirmedAt().plus(RECHECK_AFTER))) {
			return known.program();
		}
		int version = store.currentVersion(tenant)
			.orElseThrow(() -> ApiProblem.conflict("The tenant has not published a loyalty program yet"));
		if (known != null && known.program().version() == version) {
			return remember(tenant, known.program(), now);
		}
		ProgramView view = store.find(tenant, version).orElseThrow();
		return remember(tenant, compile(tenant, view), now);
	}

	@Override
	public Evaluation evaluate(ActiveProgram program, PurchaseFacts purchase) {
		return engine.evaluate(program.compiled(), purchase);
	}

	private ActiveProgram remember(UUID tenant, ActiveProgram candidate, Instant confirmedAt) {
		return compiled.merge(tenant, new Known(candidate, confirmedAt),
				(old, fresh) -> fresh.program().version() >= old.program().version() ? fresh : old)
			.program();
	}

	private ActiveProgram compile(UUID tenant, ProgramView view) {
		Currency currency = Currency.getInstance(view.currency());
		ZoneId zone = ZoneId.of(view.timezone());
		try {
			CompiledProgram program = engine.compile(new ProgramSpec(tenant.toString(), view.version(), currency, zone,
					view.rounding(), view.rules()));
			return new ActiveProgram(view.version(), currency, zone, program);
		}
		catch (InvalidProgramException e) {
			throw ApiProblem.invalid(e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
		}
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.invalid("currency", "is not an ISO 4217 currency");
		}
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException e) {
			throw ApiProblem.invalid("timezone", "is not a known time zone such as Asia/Tehran");
		}
	}
}
