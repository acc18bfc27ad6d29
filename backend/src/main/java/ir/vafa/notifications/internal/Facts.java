package ir.vafa.notifications.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What an event tells about the member, before it is put into words in a language: each may be null.
 * {@code voucherCode} is the code of a reward the member can use, {@code choices} the reward codes offered when the
 * member is to choose one (empty otherwise).
 */
record Facts(String tierId, String rewardCode, Long points, LocalDate date, String voucherCode, List<String> choices) {

	Facts {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	Facts(String tierId, String rewardCode, Long points, LocalDate date) {
		this(tierId, rewardCode, points, date, null, List.of());
	}
}
