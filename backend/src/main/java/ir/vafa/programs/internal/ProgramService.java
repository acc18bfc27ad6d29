package ir.vafa.programs.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ProgramActivated;
import ir.vafa.programs.ProgramAudit;
import ir.vafa.programs.ProgramAudit.Action;
import ir.vafa.programs.ProgramChange;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramPublished;
import ir.vafa.programs.ProgramReferences;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.ProgramValidation;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.rules.RuleEngine;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every change to a program takes the tenant's program row lock, writes its audit line in the same transaction,
 * and moves the row's revision, so every node sees it within seconds; this node reloads at once after the commit.
 * Publishing validates and compiles; purchases only look the compiled version up ({@link ProgramCatalog}).
 */
@Service
class ProgramService implements Programs {

	static final String SCHEDULER = "scheduler";

	private final ProgramStore store;
	private final ProgramCompiler compiler;
	private final ProgramCatalog catalog;
	private final ProgramDocuments documents;
	private final RuleEngine engine;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	/** Looked up when used: the modules that check references read the programs themselves. */
	private final ObjectProvider<ProgramReferences> references;

	ProgramService(ProgramStore store, ProgramCompiler compiler, ProgramCatalog catalog, ProgramDocuments documents,
			RuleEngine engine, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<ProgramReferences> references) {
		this.store = store;
		this.references = references;
		this.compiler = compiler;
		this.catalog = catalog;
		this.documents = documents;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedProgram> current() {
		UUID tenant = CurrentTenant.id();
		Integer version = store.state(tenant).versionAt(clock.instant());
		return version == null ? Optional.empty() : store.find(tenant, version);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedProgram> version(int version) {
		return store.find(CurrentTenant.id(), version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedProgram> versions() {
		return store.all(CurrentTenant.id());
	}

	@Override
	@Transactional(readOnly = true)
	public ProgramState state() {
		return store.state(CurrentTenant.id());
	}

	@Override
	@Transactional
	public PublishedProgram publish(ProgramDefinition definition, String actor) {
		UUID tenant = CurrentTenant.id();
		ProgramValidation validation = refuseInvalid(tenant, definition);
		Instant now = clock.instant();
		ProgramState before = store.lock(tenant, now);
		PublishedProgram published = insertVersion(tenant, definition, before, now, actor, null);
		activateNow(tenant, before, published.version(), now, actor);
		return published.withWarnings(validation.warnings());
	}

	@Override
	public ProgramValidation validate(ProgramDefinition definition) {
		return validate(CurrentTenant.id(), definition);
	}

	/** The document's and the engine's checks, then, when those pass, the other modules' ({@link ProgramReferences}). */
	private ProgramValidation validate(UUID tenant, ProgramDefinition definition) {
		ProgramValidation own = compiler.validate(tenant, definition);
		if (!own.valid()) {
			return own;
		}
		List<FieldError> errors = new ArrayList<>(own.errors());
		List<FieldError> warnings = new ArrayList<>(own.warnings());
		for (ProgramReferences check : references.orderedStream().toList()) {
			ProgramReferences.Found found = check.check(definition);
			errors.addAll(found.errors());
			warnings.addAll(found.warnings());
		}
		return new ProgramValidation(errors, warnings);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Draft> draft() {
		UUID tenant = CurrentTenant.id();
		return store.draft(tenant).map(d -> new Draft(d.definition(), d.updatedAt(), d.updatedBy(),
				validate(tenant, d.definition())));
	}

	@Override
	@Transactional
	public Draft saveDraft(ProgramDefinition definition, String actor) {
		UUID tenant = CurrentTenant.id();
		Instant now = clock.instant();
		ProgramState state = store.lock(tenant, now);
		ProgramDefinition before = store.draft(tenant).map(ProgramStore.Draft::definition)
			.or(() -> definitionOf(tenant, state.currentVersion()))
			.orElse(null);
		store.saveDraft(tenant, definition, now, actor);
		store.audit(tenant, now, actor, Action.DRAFT_SAVED, null, state.currentVersion(), null,
				changes(before, definition));
		return new Draft(definition, now, actor, validate(tenant, definition));
	}

	@Override
	@Transactional
	public void discardDraft(String actor) {
		UUID tenant = CurrentTenant.id();
		Instant now = clock.instant();
		ProgramState state = store.lock(tenant, now);
		if (!store.deleteDraft(tenant)) {
			throw ApiProblem.notFound("There is no draft");
		}
		store.audit(tenant, now, actor, Action.DRAFT_DISCARDED, null, state.currentVersion(), null, null);
	}

	@Override
	@Transactional
	public Publication publishDraft(Instant requested, String actor) {
		UUID tenant = CurrentTenant.id();
		// PostgreSQL keeps microseconds (and the driver rounds): every node reads back exactly this instant.
		Instant activateAt = requested == null ? null : requested.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Instant now = clock.instant();
		ProgramState before = store.lock(tenant, now);
		ProgramDefinition definition = store.draft(tenant).map(ProgramStore.Draft::definition)
			.orElseThrow(() -> ApiProblem.notFound("There is no draft to publish"));
		if (activateAt != null && !activateAt.isAfter(now)) {
			throw ApiProblem.invalid("activateAt", "is not in the future; leave it out to activate at once");
		}
		ProgramValidation validation = refuseInvalid(tenant, definition);
		PublishedProgram published = insertVersion(tenant, definition, before, now, actor, activateAt);
		store.deleteDraft(tenant);
		if (activateAt == null) {
			activateNow(tenant, before, published.version(), now, actor);
		}
		else {
			if (before.scheduledVersion() != null) {
				store.audit(tenant, now, actor, Action.SCHEDULE_CANCELLED, before.scheduledVersion(),
						before.currentVersion(), before.scheduledAt(), null);
			}
			store.setState(tenant, before.currentVersion(), published.version(), activateAt, now);
			store.audit(tenant, now, actor, Action.SCHEDULED, published.version(), before.currentVersion(), activateAt,
					null);
			afterCommit(tenant, null);
		}
		return new Publication(published.withWarnings(validation.warnings()), store.state(tenant));
	}

	@Override
	@Transactional
	public ProgramState rollback(int version, String actor) {
		UUID tenant = CurrentTenant.id();
		Instant now = clock.instant();
		ProgramState before = store.lock(tenant, now);
		if (store.find(tenant, version).isEmpty()) {
			throw ApiProblem.invalid("version", "there is no version " + version + " to roll back to");
		}
		Integer serving = before.versionAt(now);
		if (serving != null && serving == version) {
			throw ApiProblem.invalid("version", "version " + version + " is already the one serving purchases");
		}
		store.setState(tenant, version, before.scheduledVersion(), before.scheduledAt(), now);
		store.audit(tenant, now, actor, Action.ROLLED_BACK, version, serving, null, null);
		afterCommit(tenant, new ProgramActivated(tenant, version, serving, ProgramActivated.How.ROLLED_BACK, actor));
		return store.state(tenant);
	}

	@Override
	@Transactional
	public ProgramState cancelSchedule(String actor) {
		UUID tenant = CurrentTenant.id();
		Instant now = clock.instant();
		ProgramState before = store.lock(tenant, now);
		if (before.scheduledVersion() == null || !before.scheduledAt().isAfter(now)) {
			throw ApiProblem.notFound("No activation is scheduled");
		}
		store.setState(tenant, before.currentVersion(), null, null, now);
		store.audit(tenant, now, actor, Action.SCHEDULE_CANCELLED, before.scheduledVersion(), before.currentVersion(),
				before.scheduledAt(), null);
		afterCommit(tenant, null);
		return store.state(tenant);
	}

	/**
	 * Makes a scheduled version current once its time has come, for the record: every node already serves it from
	 * that time on. Answers whether it did (false when there was none due, as after another node's run).
	 */
	@Transactional
	boolean activateDue(UUID tenant) {
		Instant now = clock.instant();
		ProgramState before = store.lock(tenant, now);
		if (before.scheduledVersion() == null || before.scheduledAt().isAfter(now)) {
			return false;
		}
		store.setState(tenant, before.scheduledVersion(), null, null, now);
		store.audit(tenant, now, SCHEDULER, Action.ACTIVATED, before.scheduledVersion(), before.currentVersion(),
				before.scheduledAt(), null);
		afterCommit(tenant, new ProgramActivated(tenant, before.scheduledVersion(), before.currentVersion(),
				ProgramActivated.How.SCHEDULED, SCHEDULER));
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramAudit> audit(int limit, Long beforeId) {
		return store.audit(CurrentTenant.id(), limit, beforeId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramChange> diff(int from, int to) {
		UUID tenant = CurrentTenant.id();
		ProgramDefinition before = store.find(tenant, from).orElseThrow(() -> ApiProblem.notFound("No version " + from))
			.definition();
		ProgramDefinition after = store.find(tenant, to).orElseThrow(() -> ApiProblem.notFound("No version " + to))
			.definition();
		return changes(before, after);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProgramChange> draftDiff() {
		UUID tenant = CurrentTenant.id();
		ProgramDefinition draft = store.draft(tenant).map(ProgramStore.Draft::definition)
			.orElseThrow(() -> ApiProblem.notFound("There is no draft"));
		return changes(definitionOf(tenant, store.state(tenant).versionAt(clock.instant())).orElse(null), draft);
	}

	@Override
	public Optional<ActiveProgram> active() {
		return catalog.active(CurrentTenant.id(), clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public ActiveProgram forDryRun(Integer version) {
		UUID tenant = CurrentTenant.id();
		if (version == null) {
			ProgramDefinition draft = store.draft(tenant).map(ProgramStore.Draft::definition)
				.orElseThrow(() -> ApiProblem.notFound("There is no draft to try"));
			return compiler.compile(tenant, store.lastVersion(tenant) + 1, draft);
		}
		PublishedProgram published = store.find(tenant, version)
			.orElseThrow(() -> ApiProblem.invalid("version", "there is no version " + version));
		return compiler.compile(tenant, version, published.definition());
	}

	@Override
	public Evaluation evaluate(ActiveProgram program, PurchaseFacts purchase) {
		return engine.evaluate(program.compiled(), purchase);
	}

	private ProgramValidation refuseInvalid(UUID tenant, ProgramDefinition definition) {
		ProgramValidation validation = validate(tenant, definition);
		if (!validation.valid()) {
			throw ApiProblem.invalid(validation.errors());
		}
		return validation;
	}

	private PublishedProgram insertVersion(UUID tenant, ProgramDefinition definition, ProgramState before, Instant now,
			String actor, Instant activateAt) {
		int version = store.lastVersion(tenant) + 1;
		ProgramDefinition stored = ProgramDocuments.current(definition);
		store.insertVersion(tenant, version, stored, now, actor);
		Integer serving = before.versionAt(now);
		store.audit(tenant, now, actor, Action.PUBLISHED, version, serving, activateAt,
				changes(definitionOf(tenant, serving).orElse(null), stored));
		ProgramPublished event = new ProgramPublished(tenant, version, activateAt == null ? now : activateAt, actor);
		events.publishEvent(event);
		return PublishedProgram.of(version, stored, now, actor);
	}

	private void activateNow(UUID tenant, ProgramState before, int version, Instant now, String actor) {
		if (before.scheduledVersion() != null && before.scheduledAt().isAfter(now)) {
			// A version published to serve now replaces the older one waiting for its time.
			store.audit(tenant, now, actor, Action.SCHEDULE_CANCELLED, before.scheduledVersion(),
					before.currentVersion(), before.scheduledAt(), null);
		}
		store.setState(tenant, version, null, null, now);
		afterCommit(tenant, new ProgramActivated(tenant, version, before.versionAt(now),
				ProgramActivated.How.PUBLISHED, actor));
	}

	private Optional<ProgramDefinition> definitionOf(UUID tenant, Integer version) {
		return version == null ? Optional.empty() : store.find(tenant, version).map(PublishedProgram::definition);
	}

	private List<ProgramChange> changes(ProgramDefinition before, ProgramDefinition after) {
		return ProgramDiffer.diff(before == null ? null : documents.tree(before), documents.tree(after));
	}

	/** This node serves the change as soon as it commits; others within their refresh interval. */
	private void afterCommit(UUID tenant, ProgramActivated activated) {
		if (activated != null) {
			events.publishEvent(activated);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				catalog.reload(tenant);
			}
		});
	}
}
