package ir.vafa.members.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which member an identifier names, remembered by this node. Nearly every purchase names a member who bought
 * before, and looking them up was a database round trip of its own on every one. An identifier never passes to
 * another member (identifiers cannot be changed and members are not deleted), so a remembered answer stays true;
 * entries still expire ({@code vafa.members.id-cache-ttl}), so that when identifiers become changeable a stale
 * answer cannot outlive that time on other nodes. Only members found are remembered: one just enrolled on another
 * node is found at once.
 */
@Component
class MemberIdCache {

	static final int MAX_ENTRIES = 200_000;

	private final long ttlNanos;
	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	MemberIdCache(@Value("${vafa.members.id-cache-ttl:PT10M}") Duration ttl) {
		this.ttlNanos = ttl.toNanos();
	}

	Optional<UUID> id(UUID tenant, String column, Object value, Supplier<Optional<UUID>> lookup) {
		Key key = new Key(tenant, column, value);
		long now = System.nanoTime();
		Entry known = entries.get(key);
		if (known != null && now - known.loadedAt < ttlNanos) {
			return Optional.of(known.id);
		}
		Optional<UUID> found = lookup.get();
		if (found.isPresent()) {
			if (entries.size() >= MAX_ENTRIES) {
				// rare (that many members buying within the TTL on one node): start over rather than track recency
				entries.clear();
			}
			entries.put(key, new Entry(found.get(), now));
		}
		else {
			entries.remove(key);
		}
		return found;
	}

	private record Key(UUID tenant, String column, Object value) {
	}

	private record Entry(UUID id, long loadedAt) {
	}
}
