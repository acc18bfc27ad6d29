package ir.vafa.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stands in for the application jar in {@link VafaRunTest}: writes the VAFA_* and SERVER_PORT environment to the file
 * named by its first argument, answers /actuator/health once, then exits.
 */
public final class FakeApp {

    private FakeApp() {
    }

    public static void main(String[] args) throws IOException {
        String environment = new TreeMap<>(System.getenv()).entrySet().stream()
                .filter(e -> e.getKey().startsWith("VAFA_") || e.getKey().equals("SERVER_PORT"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        Files.writeString(Path.of(args[0]), environment, StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            Thread.ofPlatform().start(() -> {
                server.stop(0);
                System.exit(0);
            });
        });
        server.start();
    }
}
