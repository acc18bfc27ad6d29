package ir.vafa.jobs;

import java.util.Map;

/** What one run of a job did: counts by what they count ({@code lotsExpired}, {@code members}). */
public record JobRun(Map<String, Long> counts) {

	public JobRun {
		counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
	}

	public boolean didNothing() {
		return counts.values().stream().allMatch(v -> v == 0);
	}

	public static JobRun of(String key, long value, Object... more) {
		java.util.LinkedHashMap<String, Long> counts = new java.util.LinkedHashMap<>();
		counts.put(key, value);
		for (int i = 0; i + 1 < more.length; i += 2) {
			counts.put((String) more[i], ((Number) more[i + 1]).longValue());
		}
		return new JobRun(counts);
	}
}
