package ir.vafa.members.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which member an identifier names, remembered by this node. Nearly every purchase names a member who bought
 * before, and looking them up was a database round trip of its own on every one. An identifier never passes to
 * another member (identifiers cannot be changed and members are not deleted), so a remembered answer stays true;
 * entries still expire ({@code vafa.members.id-cache-ttl}), so that when identifiers become changeable a stale
 * answer cannot outlive that time on other nodes. Only members found are remembered: one just enrolled on another
 * node is found at once. Its statistics are the {@code cache.*} meters tagged {@code cache=vafa.members.ids}.
 */
@Component
class MemberIdCache implements MeterBinder {

	static final String NAME = "vafa.members.ids";
	static final int MAX_ENTRIES = 200_000;

	private final Cache<Key, UUID> ids;

	@Autowired
	MemberIdCache(@Value("${vafa.members.id-cache-ttl:PT10M}") Duration ttl) {
		this(ttl, MAX_ENTRIES, Ticker.systemTicker());
	}

	MemberIdCache(Duration ttl, int maxEntries, Ticker ticker) {
		this.ids = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.maximumSize(maxEntries)
			.ticker(ticker)
			.recordStats()
			.build();
	}

	Optional<UUID> id(UUID tenant, String column, Object value, Supplier<Optional<UUID>> lookup) {
		Key key = new Key(tenant, column, value);
		UUID known = ids.getIfPresent(key);
		if (known != null) {
			return Optional.of(known);
		}
		// not a computing get: the look-up is a query, and an empty answer must not be remembered
		Optional<UUID> found = lookup.get();
		found.ifPresent(id -> ids.put(key, id));
		return found;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		new CaffeineCacheMetrics<>(ids, NAME, List.of()).bindTo(registry);
	}

	Cache<?, ?> entries() {
		return ids;
	}

	private record Key(UUID tenant, String column, Object value) {
	}
}
