package ir.vafa.redemptions;

import java.util.List;
import java.util.UUID;

/** The current tenant's reservations of catalog rewards. */
public interface Redemptions {

	/**
	 * Reserves the reward for the member: checks it is available to them (validity, tiers, their limit per period),
	 * holds its points and takes one of its stock, until the reservation's time is up. The same key again answers the
	 * first reservation.
	 */
	Reservation reserve(UUID member, NewReservation request, String idempotencyKey, String actor);

	/** Spends the held points and issues the reward; confirming a confirmed reservation answers it again. */
	Reservation confirm(UUID reservation, Confirmation confirmation, String actor);

	/** Gives the points and the stock back; cancelling an ended reservation (but a confirmed one) answers it again. */
	Reservation cancel(UUID reservation, String actor);

	Reservation get(UUID reservation);

	/** Newest first. */
	List<Reservation> forMember(UUID member, int limit);
}
