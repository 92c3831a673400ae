package io.newstrace.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.store.StoreException;
import io.newstrace.store.StoreReader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code newstrace serve}: the JSON API over a store and the dashboard that reads it, from one process. Bound to
 * the loopback interface unless told otherwise; bound elsewhere it requires a token on every API call. Every
 * answer carries a strict Content-Security-Policy (the dashboard has no inline script and builds its pages from
 * text, never from markup found in articles).
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    static final String TOKEN_HEADER = "X-Newstrace-Token";
    /**
     * Requests beyond what the cores can run wait in Jetty's queue instead of running side by side. With 50 clients
     * on 2 cores (wrk over a fixed mix of pages, 100,000 articles), 8 threads gave a p99 of 97-112 ms where Jetty's
     * default of up to 250 gave 246-363 ms: less switching between threads, fewer store connections contended for.
     */
    private static final int WORKER_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** Room for the answers of some thousands of pages; a larger answer is never held. */
    private static final long ANSWER_CACHE_BYTES = 64L << 20;
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Where to listen and the token API calls must carry (null: none, allowed on loopback only). */
    public record Options(String host, int port, String token) {
        public Options {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be from 0 to 65535");
            }
            if (token != null && token.length() < 16) {
                throw new IllegalArgumentException("a token must be at least 16 characters long");
            }
        }
    }

    private final Javalin app;

    private DashboardServer(Javalin app) {
        this.app = app;
    }

    /** @throws IllegalArgumentException when the host is not loopback and no token is given, or is unknown */
    public static DashboardServer start(StoreReader store, OutletRegistry registry, Options options) {
        if (options.token() == null && !isLoopback(options.host())) {
            throw new IllegalArgumentException("listening on " + options.host() + " opens the store to the network: "
                    + "give a token with --token or the NEWSTRACE_TOKEN environment variable");
        }
        Api api = new Api(store, registry);
        AnswerCache answers = new AnswerCache(ANSWER_CACHE_BYTES);
        byte[] token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
        byte[] openApi = resource("openapi.json");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.threadPool = new QueuedThreadPool(WORKER_THREADS, 2);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/io/newstrace/server/dashboard";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> securityHeaders(ctx));
            config.routes.before("/api/*", ctx -> checkToken(ctx, token));
            config.routes.get("/api/overview", answered(api::overview, store, answers));
            config.routes.get("/api/search", answered(api::search, store, answers));
            config.routes.get("/api/articles/{id}", answered(api::article, store, answers));
            config.routes.get("/api/quotes", answered(api::quotes, store, answers));
            config.routes.get("/api/entities", answered(api::entities, store, answers));
            config.routes.get("/api/entities/{id}", answered(api::entity, store, answers));
            config.routes.get("/api/stories", answered(api::stories, store, answers));
            config.routes.get("/api/stories/{id}", answered(api::story, store, answers));
            config.routes.get("/api/outlets/{id}", answered(api::outlet, store, answers));
            config.routes.get("/api/graph", answered(api::graph, store, answers));
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.exception(Params.BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                    e.getMessage()));
            config.routes.exception(Params.NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND,
                    e.getMessage()));
            config.routes.exception(Unauthorized.class, (e, ctx) -> error(ctx, HttpStatus.UNAUTHORIZED,
                    e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.error("store failure on {}", ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the store could not answer; see the server's log");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("failure on {}", ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server's log");
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx,
                    HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        });
        app.start();
        return new DashboardServer(app);
    }

    /** Thrown when an API call lacks the token or carries a wrong one. */
    private static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("this server needs a token: send it in the " + TOKEN_HEADER + " header");
        }
    }

    private static void checkToken(Context ctx, byte[] token) {
        if (token == null) {
            return;
        }
        String given = ctx.header(TOKEN_HEADER);
        // Compared in constant time so that response timing does not reveal how much of a guess was right.
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthorized();
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType(ContentType.APPLICATION_JSON)
                .result(Api.json(Map.of("error", message, "status", status.getCode())));
    }

    /** Writes what the API method answers as JSON, the bytes written before when the request was answered before. */
    private static Handler answered(Function<Context, Object> method, StoreReader store, AnswerCache answers) {
        return ctx -> {
            String request = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
            long generation = store.generation();
            byte[] answer = answers.get(request, generation);
            if (answer == null) {
                answer = Api.json(method.apply(ctx));
                answers.put(request, generation, answer);
            }
            ctx.contentType(ContentType.APPLICATION_JSON).result(answer);
        };
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DashboardServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
