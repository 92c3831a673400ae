package io.newstrace.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load client's HTTP/1.1 reading, against the JDK's own server: sized and chunked bodies, errors, closes. */
class LoopbackConnectionTest {
    private HttpServer server;
    /** The remote ports requests came from: one per connection the client opened. */
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sized", exchange -> answer(exchange, 200, 100_000, false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, 70_000, true));
        server.createContext("/missing", exchange -> answer(exchange, 404, 500, false));
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 200, 10, false);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, int bytes, boolean chunked) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        byte[] body = "{\"error\":\"nothing here\"}".repeat(bytes / 24 + 1).substring(0, bytes)
                .getBytes(StandardCharsets.US_ASCII);
        // The JDK's server sends chunks when told the length is 0.
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int from = 0; from < body.length; from += 7_000) {
                out.write(body, from, Math.min(7_000, body.length - from));
                out.flush();
            }
        }
    }

    @Test
    void readsSizedAndChunkedBodiesWholeOverOneKeptAliveConnection() throws IOException {
        try (LoopbackConnection connection = new LoopbackConnection(server.getAddress().getPort(), 5_000)) {
            for (int round = 0; round < 3; round++) {
                assertThat(connection.get("/sized")).isEqualTo(new LoopbackConnection.Answer(200, 100_000, ""));
                assertThat(connection.get("/chunked")).isEqualTo(new LoopbackConnection.Answer(200, 70_000, ""));
            }
        }
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void anErrorKeepsTheStartOfItsBody() throws IOException {
        try (LoopbackConnection connection = new LoopbackConnection(server.getAddress().getPort(), 5_000)) {
            LoopbackConnection.Answer answer = connection.get("/missing");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.bodyBytes()).isEqualTo(500);
            assertThat(answer.bodyStart()).hasSize(200).startsWith("{\"error\":\"nothing here\"}");
        }
    }

    @Test
    void opensAgainAfterTheServerClosesOrFails() throws IOException {
        int port = server.getAddress().getPort();
        try (LoopbackConnection connection = new LoopbackConnection(port, 5_000)) {
            assertThat(connection.get("/closing").status()).isEqualTo(200);
            assertThat(connection.get("/sized").status()).isEqualTo(200);
            assertThat(clientPorts).hasSize(2);
            server.stop(0);
            assertThatThrownBy(() -> connection.get("/sized")).isInstanceOf(IOException.class);
        }
    }
}
