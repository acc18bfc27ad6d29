package ir.vafa.notifications.internal;

import java.time.LocalDate;

/** What an event tells about the member, before it is put into words in a language: each may be null. */
record Facts(String tierId, String rewardCode, Long points, LocalDate date) {
}
