package io.newstrace.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web site on 127.0.0.1 for tests: pages set per path, every request recorded with its time and headers. A page
 * with an ETag answers 304 to a request that sends it back. Public for the kill test of {@code newstrace watch} in
 * the cli module.
 */
public final class FixtureSite implements AutoCloseable {
    /** How a path answers. */
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    record Request(String path, long nanoTime, Headers headers) {
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    public FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(), System.nanoTime(),
                    exchange.getRequestHeaders()));
            try (exchange) {
                Handler handler = handlers.get(exchange.getRequestURI().getPath());
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            }
        });
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void serve(String path, Handler handler) {
        handlers.put(path, handler);
    }

    /** Serves {@code body} with a content type, and an ETag and Last-Modified for conditional requests. */
    public void page(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        String lastModified = "Tue, 14 Nov 2023 17:42:00 GMT";
        serve(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, contentType, body);
        });
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String resource(String name) {
        try (var in = FixtureSite.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
