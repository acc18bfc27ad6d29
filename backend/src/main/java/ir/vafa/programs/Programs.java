package ir.vafa.programs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ir.vafa.rules.Evaluation;
import ir.vafa.rules.PurchaseFacts;

/**
 * The current tenant's program: its published versions, which of them serves purchases (now and from a scheduled
 * time), the draft being edited, and the audit log of every change. Publishing validates and compiles; purchases
 * only look the compiled version up.
 */
public interface Programs {

	Optional<PublishedProgram> current();

	Optional<PublishedProgram> version(int version);

	/** Newest first. */
	List<PublishedProgram> versions();

	ProgramState state();

	/** Validates, then stores the definition as the next version and makes it current at once. */
	PublishedProgram publish(ProgramDefinition definition, String actor);

	/** Everything wrong with the definition (errors) and doubtful about it (warnings), each at its JSON path. */
	ProgramValidation validate(ProgramDefinition definition);

	Optional<Draft> draft();

	/** Keeps the draft, whatever its state, and answers what validation thinks of it. */
	Draft saveDraft(ProgramDefinition definition, String actor);

	void discardDraft(String actor);

	/**
	 * Publishes the draft as the next version, current at once or from {@code activateAt} (which must be in the
	 * future); the draft is then gone.
	 */
	Publication publishDraft(Instant activateAt, String actor);

	/** Makes an earlier version current again, at once. Any scheduled activation stays. */
	ProgramState rollback(int version, String actor);

	ProgramState cancelSchedule(String actor);

	/** Newest first; {@code beforeId} pages back. */
	List<ProgramAudit> audit(int limit, Long beforeId);

	/** What changed from version {@code from} to version {@code to}. */
	List<ProgramChange> diff(int from, int to);

	/** What changed from the current version to the draft (everything, when nothing is published yet). */
	List<ProgramChange> draftDiff();

	/**
	 * The compiled version that serves the tenant's purchases now, as this node knows it (a change made on another
	 * node arrives within seconds); empty when the tenant has published none yet. Never compiles.
	 */
	Optional<ActiveProgram> active();

	/** A compiled version for a dry run: the draft ({@code version} null) or any published version. */
	ActiveProgram forDryRun(Integer version);

	/** Runs the purchase through the program's rules; pure, touches no database. */
	Evaluation evaluate(ActiveProgram program, PurchaseFacts purchase);

	/** The draft being edited, with what validation says of it now. */
	record Draft(ProgramDefinition definition, Instant updatedAt, String updatedBy, ProgramValidation validation) {
	}

	/** A version published from the draft, and the state it leaves. */
	record Publication(PublishedProgram program, ProgramState state) {
	}
}
