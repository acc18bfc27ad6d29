import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Fixed-rate load for deploy/bench/run.sh (step c): POSTs purchases at a steady rate for a bounded time and prints
 * latency percentiles. Each request has an intended send time (start + i / rate); its latency is measured from that
 * time, not from when it was actually sent, so a stalled server is charged for the requests that queued behind the
 * stall (no coordinated omission).
 *
 * <pre>java LoadAtRate.java --url http://127.0.0.1:8080/api/purchases --rate 300 --duration 20
 *      [--token T, else $BENCH_TOKEN] [--warmup 3] [--members 200] [--tag run1]</pre>
 *
 * Output: lines {@code LOAD_<KEY> value} (sent, ok, errors = non-2xx answers + timeouts/IO failures + unfinished,
 * http_errors = non-2xx answers only, p50_ms, p90_ms, p99_ms, max_ms, achieved_per_sec).
 */
public final class LoadAtRate {

    private static final String[] CATEGORIES = {"grocery", "electronics", "home", "apparel", "beauty"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        URI url = URI.create(required(options, "url"));
        String token = options.getOrDefault("token", System.getenv("BENCH_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give the bearer token with --token or BENCH_TOKEN");
        }
        int rate = bounded(options, "rate", 300, 1, 20_000);
        int duration = bounded(options, "duration", 20, 1, 240);
        int warmup = bounded(options, "warmup", 3, 0, 60);
        int members = bounded(options, "members", 200, 1, 1_000_000);
        String tag = options.getOrDefault("tag", "rate" + System.currentTimeMillis());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(pool)
                .build();
        try {
            if (warmup > 0) {
                run(http, url, token, rate, warmup, members, tag + "-w");
            }
            Result result = run(http, url, token, rate, duration, members, tag);
            result.print(rate, duration);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(HttpClient http, URI url, String token, int rate, int seconds, int members, String tag)
            throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger httpErrors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch finished = new CountDownLatch(total);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + i * periodNanos;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(purchase(tag, i, members)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - intended;
                if (failure == null && response.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    if (failure == null) {
                        httpErrors.incrementAndGet();
                        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    firstError.compareAndSet(null, failure != null ? failure.toString()
                            : response.statusCode() + " " + abbreviate(response.body()));
                }
                finished.countDown();
            });
        }
        long sendingEnded = System.nanoTime();
        boolean all = finished.await(15, TimeUnit.SECONDS);
        long unfinished = all ? 0 : finished.getCount();
        return new Result(latencies, ok.get(), errors.get() + (int) unfinished, httpErrors.get(), unfinished,
                firstError.get(), statuses,
                (sendingEnded - start) / 1e9);
    }

    /** A purchase of 2–5 lines whose total is the sum of the lines, made a couple of seconds ago. */
    private static String purchase(String tag, int i, int members) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int count = random.nextInt(2, 6);
        StringBuilder lines = new StringBuilder();
        long total = 0;
        for (int n = 0; n < count; n++) {
            int quantity = random.nextInt(1, 4);
            long price = random.nextInt(10, 2001) * 1000L;
            total += quantity * price;
            if (n > 0) {
                lines.append(',');
            }
            lines.append("{\"sku\":\"SKU-").append(random.nextInt(1, 501))
                    .append("\",\"category\":\"").append(CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .append("\",\"quantity\":").append(quantity)
                    .append(",\"unitPrice\":").append(price).append('}');
        }
        String occurredAt = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.MILLIS).toString();
        return "{\"externalId\":\"" + tag + "-" + i + "-" + random.nextInt(1_000_000) + "\","
                + "\"member\":{\"cardNumber\":\"" + String.format("BENCH-%05d", random.nextInt(1, members + 1)) + "\"},"
                + "\"store\":\"bench-store-rate\",\"channel\":\"pos\",\"occurredAt\":\"" + occurredAt + "\","
                + "\"currency\":\"IRR\",\"total\":" + total + ",\"lines\":[" + lines + "]}";
    }

    private record Result(long[] latencies, int ok, int errors, int httpErrors, long unfinished, String firstError,
                          Map<Integer, AtomicInteger> statuses, double sendSeconds) {

        void print(int rate, int duration) {
            long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            System.out.printf("LOAD_SENT %d%n", latencies.length);
            System.out.printf("LOAD_OK %d%n", ok);
            System.out.printf("LOAD_ERRORS %d%n", errors);
            System.out.printf("LOAD_HTTP_ERRORS %d%n", httpErrors);
            System.out.printf("LOAD_UNFINISHED %d%n", unfinished);
            System.out.printf("LOAD_ACHIEVED_PER_SEC %.1f%n", latencies.length / Math.max(sendSeconds, 1e-9));
            System.out.printf("LOAD_P50_MS %.2f%n", percentile(done, 50));
            System.out.printf("LOAD_P90_MS %.2f%n", percentile(done, 90));
            System.out.printf("LOAD_P99_MS %.2f%n", percentile(done, 99));
            System.out.printf("LOAD_MAX_MS %.2f%n", done.length == 0 ? Double.NaN : done[done.length - 1] / 1e6);
            if (!statuses.isEmpty()) {
                System.out.println("LOAD_ERROR_STATUSES " + statuses);
            }
            if (firstError != null) {
                System.out.println("LOAD_FIRST_ERROR " + firstError.replace('\n', ' '));
            }
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int bounded(Map<String, String> options, String name, int defaultValue, int min, int max) {
        int value = options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
        }
        return value;
    }
}
