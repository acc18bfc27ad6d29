package ir.vafa.ledger;

public enum EntryKind {
	/** Points a rule awarded for a purchase: a lot of its own. */
	EARN,
	/** Points the member spent, taken from their available lots, soonest-expiring first. */
	REDEEM,
	/** Points taken back because purchase lines were returned: from the purchase's own lots first. */
	REVERSE,
	/** A correction by a tenant admin, with a reason: a lot when positive, taken from lots when negative. */
	ADJUST,
	/** Points whose lots reached their expiry: one line per member and expiry run, naming its lots. */
	EXPIRE,
	/** Points the member gave to a charity, taken from their available lots as a redemption is. */
	DONATE,
	/** Points that paid for a purchase, back because (part of) the purchase came back: a lot of their own. */
	REFUND
}
