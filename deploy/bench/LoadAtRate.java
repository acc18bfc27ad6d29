import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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
 * <p>
 * The generator shares the machine with the server, so it is kept lean: a fixed set of keep-alive connections,
 * each served by one thread writing prepared HTTP/1.1 requests and reading the answers, instead of
 * {@code java.net.http.HttpClient}, which took about 0.7 of a core at 300 requests/s (as much as the application).
 * A request whose connection is busy waits in the queue, and that wait counts in its latency.
 *
 * <pre>java LoadAtRate.java --url http://127.0.0.1:8080/api/purchases --rate 300 --duration 20
 *      [--token T, else $BENCH_TOKEN] [--warmup 3] [--members 200] [--tag run1] [--connections 64] [--until FILE]
 *      [--closed N]
 * java LoadAtRate.java --url http://127.0.0.1:8080/api --member-ids FILE --reward CODE --rate 100 …</pre>
 *
 * With {@code --member-ids} (a file of member ids, one a line) each slot is a redemption at the till instead of a
 * purchase: a reservation of the catalog reward {@code --reward} for a member picked at random, then its
 * confirmation, timed together. With {@code --closed N} the run is a closed loop instead, for the throughput at
 * saturation: N connections each sending the next as soon as the last is answered ({@code --rate} unused).
 *
 * With {@code --until FILE} the measured run ends as soon as FILE exists, {@code --duration} (up to 900 s) being
 * only its limit, and {@code LOAD_STARTED} is printed when it begins: run.sh measures purchases for exactly as long
 * as a job runs.
 * <p>
 * Output: lines {@code LOAD_<KEY> value} (sent, ok, errors = non-2xx answers + timeouts/IO failures + unfinished,
 * http_errors = non-2xx answers only, p50_ms, p90_ms, p99_ms, max_ms, achieved_per_sec, seconds).
 */
public final class LoadAtRate {

    private static final String[] CATEGORIES = {"grocery", "electronics", "home", "apparel", "beauty"};
    private static final int TIMEOUT_MILLIS = 10_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        URI url = URI.create(required(options, "url"));
        String token = options.getOrDefault("token", System.getenv("BENCH_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give the bearer token with --token or BENCH_TOKEN");
        }
        int rate = bounded(options, "rate", 300, 1, 20_000);
        java.nio.file.Path until = options.containsKey("until") ? java.nio.file.Path.of(options.get("until")) : null;
        int duration = bounded(options, "duration", 20, 1, until == null ? 240 : 900);
        int warmup = bounded(options, "warmup", 3, 0, 60);
        int members = bounded(options, "members", 200, 1, 1_000_000);
        int connections = bounded(options, "connections", 64, 1, 1024);
        String tag = options.getOrDefault("tag", "rate" + System.currentTimeMillis());
        int closed = bounded(options, "closed", 0, 0, 1024);

        Target target = Target.of(url, token);
        Work work;
        if (options.containsKey("member-ids")) {
            // the url is the API's root: /api
            work = redemptions(url.getRawPath(), java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                    options.get("member-ids"))).stream().filter(l -> !l.isBlank()).toList(), required(options, "reward"));
        } else {
            work = purchases(tag, members);
        }
        if (closed > 0) {
            if (warmup > 0) {
                saturate(target, work, closed, warmup);
            }
            saturate(target, work, closed, duration).print();
            return;
        }
        if (warmup > 0) {
            run(target, work, connections, rate, warmup, null);
        }
        if (until != null) {
            System.out.println("LOAD_STARTED");
            System.out.flush();
        }
        Result result = run(target, work, connections, rate, duration, until);
        result.print();
    }

    /**
     * Closed loop, for throughput at saturation: {@code workers} connections each sending its next request as soon
     * as the last is answered, for {@code seconds}; latency is each one's own time.
     */
    private static Result saturate(Target target, Work work, int workers, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Tally tally = new Tally();
        java.util.List<long[]> perWorker = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger index = new AtomicInteger();
        Thread[] threads = new Thread[workers];
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            threads[w] = Thread.ofPlatform().daemon().name("closed-" + w).start(() -> {
                Connection connection = new Connection(target);
                long[] mine = new long[1024];
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        Answer answer = work.perform(target, connection, index.getAndIncrement());
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - sent;
                        tally.count(answer);
                    }
                } finally {
                    connection.close();
                    perWorker.add(Arrays.copyOf(mine, n));
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        long[] latencies = perWorker.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(latencies, tally.ok.get(), tally.errors.get(), tally.httpErrors.get(), 0,
                tally.firstError.get(), tally.statuses, took);
    }

    /** Where the requests go, and the fixed part of each request's head after its request line. */
    private record Target(String host, int port, String path, String head) {

        static Target of(URI url, String token) {
            String host = url.getHost();
            int port = url.getPort() < 0 ? 80 : url.getPort();
            return new Target(host, port, url.getRawPath(), "Host: " + host + ":" + port + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: ");
        }

        byte[] request(String body) {
            return request(path, body);
        }

        byte[] request(String requestPath, String body) {
            byte[] json = body.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + requestPath + " HTTP/1.1\r\n" + head() + json.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + json.length);
            System.arraycopy(json, 0, request, head.length, json.length);
            return request;
        }
    }

    /**
     * What one slot does on its connection: a purchase, or (with {@code --member-ids}) a redemption at the till, a
     * reservation of {@code --reward} for a member then its confirmation, two requests timed as one.
     */
    private interface Work {
        Answer perform(Target target, Connection connection, int index);
    }

    private static Work purchases(String tag, int members) {
        return (target, connection, index) -> connection.exchange(target.request(purchase(tag, index, members)), false);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private static Work redemptions(String base, java.util.List<String> memberIds, String reward) {
        String body = "{\"reward\":\"" + reward + "\"}";
        return (target, connection, index) -> {
            String member = memberIds.get(ThreadLocalRandom.current().nextInt(memberIds.size()));
            Answer reserved = connection.exchange(target.request(base + "/members/" + member + "/reservations", body),
                    true);
            if (reserved.status() / 100 != 2) {
                return reserved;
            }
            java.util.regex.Matcher id = ID.matcher(reserved.body());
            if (!id.find()) {
                return new Answer(-1, null, "no reservation id in " + abbreviate(reserved.body()));
            }
            return connection.exchange(target.request(base + "/reservations/" + id.group(1) + "/confirmation", "{}"),
                    false);
        };
    }

    /** One request to send: its index and when it should have left. */
    private record Slot(int index, long intended) {
    }

    private static final Slot END = new Slot(-1, 0);

    private static Result run(Target target, Work work, int connections, int rate, int seconds,
            java.nio.file.Path until) throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        Tally tally = new Tally();
        CountDownLatch finished = new CountDownLatch(total);
        BlockingQueue<Slot> queue = new LinkedBlockingQueue<>();
        Thread[] workers = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            workers[c] = Thread.ofPlatform().daemon().name("load-" + c).start(() -> {
                Connection connection = new Connection(target);
                try {
                    for (Slot slot = queue.take(); slot != END; slot = queue.take()) {
                        Answer answer = work.perform(target, connection, slot.index());
                        latencies[slot.index()] = System.nanoTime() - slot.intended();
                        tally.count(answer);
                        finished.countDown();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connection.close();
                }
            });
        }
        long start = System.nanoTime() + 50_000_000L;
        int sent = 0;
        long nextLook = start;
        for (; sent < total; sent++) {
            long intended = start + sent * periodNanos;
            if (until != null && intended >= nextLook) {
                // looked for every 50 ms, not per request
                if (java.nio.file.Files.exists(until)) {
                    break;
                }
                nextLook = intended + 50_000_000L;
            }
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            queue.add(new Slot(sent, intended));
        }
        long sendingEnded = System.nanoTime();
        for (int i = sent; i < total; i++) {
            finished.countDown(); // never sent
        }
        boolean all = finished.await(15, TimeUnit.SECONDS);
        for (int c = 0; c < connections; c++) {
            queue.add(END);
        }
        long unfinished = all ? 0 : finished.getCount();
        return new Result(Arrays.copyOf(latencies, sent), tally.ok.get(), tally.errors.get() + (int) unfinished,
                tally.httpErrors.get(), unfinished, tally.firstError.get(), tally.statuses, (sendingEnded - start) / 1e9);
    }

    /** An answer: the status, or -1 with the failure when there was none. */
    private record Answer(int status, String body, String failure) {
    }

    private static final class Tally {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger httpErrors = new AtomicInteger();
        final AtomicReference<String> firstError = new AtomicReference<>();
        final Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();

        void count(Answer answer) {
            if (answer.status() / 100 == 2) {
                ok.incrementAndGet();
                return;
            }
            errors.incrementAndGet();
            if (answer.status() > 0) {
                httpErrors.incrementAndGet();
                statuses.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                firstError.compareAndSet(null, answer.status() + " " + abbreviate(answer.body()));
            } else {
                firstError.compareAndSet(null, answer.failure());
            }
        }
    }

    /** One keep-alive HTTP/1.1 connection, opened on first use and again after a failure. */
    private static final class Connection {

        private final Target target;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(Target target) {
            this.target = target;
        }

        /** Sends the request and reads its answer; a 2xx answer's body only when {@code keepBody}. */
        Answer exchange(byte[] request, boolean keepBody) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(target.host(), target.port()), 5_000);
                    socket.setSoTimeout(TIMEOUT_MILLIS);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return read(keepBody);
            } catch (IOException | RuntimeException e) {
                close();
                return new Answer(-1, null, e.toString());
            }
        }

        /** Reads one response: status line, headers, then a Content-Length or chunked body. */
        private Answer read(boolean keepBody) throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            byte[] body;
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    all.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                body = all.toByteArray();
            } else {
                body = in.readNBytes(Math.max(length, 0));
            }
            if (closing) {
                close();
            }
            return new Answer(status, status / 100 == 2 && !keepBody ? null : new String(body, StandardCharsets.UTF_8),
                    null);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
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

        void print() {
            long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            System.out.printf("LOAD_SENT %d%n", latencies.length);
            System.out.printf("LOAD_OK %d%n", ok);
            System.out.printf("LOAD_ERRORS %d%n", errors);
            System.out.printf("LOAD_HTTP_ERRORS %d%n", httpErrors);
            System.out.printf("LOAD_UNFINISHED %d%n", unfinished);
            System.out.printf("LOAD_ACHIEVED_PER_SEC %.1f%n", latencies.length / Math.max(sendSeconds, 1e-9));
            System.out.printf("LOAD_SECONDS %.1f%n", sendSeconds);
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
