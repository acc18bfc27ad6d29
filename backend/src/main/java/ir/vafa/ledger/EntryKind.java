package ir.vafa.ledger;

public enum EntryKind {
	/** Points a rule awarded for a purchase line. */
	EARN,
	/** Points the member spent. */
	REDEEM,
	/** Points taken back because purchase lines were returned. */
	REVERSE,
	/** A correction by a tenant admin, with a reason. */
	ADJUST
}
