package ir.vafa.programs;

import java.util.List;
import java.util.Optional;

import ir.vafa.rules.Evaluation;
import ir.vafa.rules.PurchaseFacts;

/** The current tenant's program. */
public interface Programs {

	Optional<ProgramView> current();

	Optional<ProgramView> version(int version);

	List<ProgramView> versions();

	/** Validates and compiles the definition, then stores it as the next version. */
	ProgramView publish(ProgramDefinition definition, String actor);

	/**
	 * The compiled current version, as the database confirmed it at most a second ago (a publish on this node is
	 * seen at once); refuses with 409 when the tenant has published none yet.
	 */
	ActiveProgram active();

	/** Runs the purchase through the program's rules; pure, touches no database. */
	Evaluation evaluate(ActiveProgram program, PurchaseFacts purchase);
}
