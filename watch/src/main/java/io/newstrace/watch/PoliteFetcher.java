package io.newstrace.watch;

import crawlercommons.robots.BaseRobotRules;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages the way a polite crawler does: an honest User-Agent, robots.txt obeyed, one host's requests spaced
 * apart, conditional requests, a timeout and a size cap on every answer, and at most five redirects, each target
 * checked again (address guard, robots.txt, throttle) before it is requested. Not thread-safe: one round at a time.
 */
public final class PoliteFetcher {
    public static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

    /** What a conditional request sends back: the ETag and Last-Modified of the copy we have. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** A 2xx answer (body read whole, within the cap) or a 304 (empty body). */
    public record Response(URI uri, int status, String contentType, byte[] body, Validators validators) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private final FetchSettings settings;
    private final HttpClient client;
    private final HostThrottle throttle = new HostThrottle();
    private final RobotsCache robots;

    public PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        // Redirects are followed here, not by the client, so that each target is checked before it is requested.
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
        this.robots = new RobotsCache(robotsTxt -> get(robotsTxt, Validators.NONE, "text/plain", false));
    }

    /**
     * GETs {@code uri} if robots.txt allows it, sending the validators of the copy we have.
     *
     * @param accept the media types asked for (the Accept header)
     * @throws FetchException for a refused address or path, a transport failure, an HTTP error, too many redirects
     *                        or an answer over the size cap
     */
    public Response fetch(URI uri, Validators validators, String accept) throws FetchException {
        return get(uri, validators, accept, true);
    }

    private Response get(URI uri, Validators validators, String accept, boolean obeyRobots) throws FetchException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            settings.guard().check(current);
            Duration delay = settings.hostDelay();
            if (obeyRobots) {
                BaseRobotRules rules = robots.rulesFor(current);
                if (!rules.isAllowed(current.toString())) {
                    throw rules.isDeferVisits()
                            ? FetchException.retryable(current, "robots.txt of " + current.resolve("/")
                                    + " could not be read; the site is tried again later")
                            : FetchException.permanent(current, "disallowed by " + current.resolve("/robots.txt"));
                }
                delay = withCrawlDelay(delay, rules.getCrawlDelay());
            }
            throttleFor(current, delay);
            HttpResponse<byte[]> response;
            try {
                response = send(current, validators, accept);
            } finally {
                throttle.ended(current.getHost());
            }
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw FetchException.permanent(uri, "more than " + MAX_REDIRECTS + " redirects");
                }
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> FetchException.permanent(uri, "HTTP " + status + " without a Location"));
                current = redirectTarget(current, location);
                continue;
            }
            if (status == 304 || status >= 200 && status < 300) {
                return new Response(current, status, response.headers().firstValue("Content-Type").orElse(null),
                        response.body(), new Validators(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)));
            }
            boolean retryable = status == 408 || status == 429 || status >= 500;
            throw new FetchException(current, "HTTP " + status, retryable, status);
        }
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw FetchException.permanent(from, "redirect to a malformed URL: " + location);
        }
    }

    private static Duration withCrawlDelay(Duration hostDelay, long crawlDelayMillis) {
        if (crawlDelayMillis <= 0) {
            return hostDelay;
        }
        Duration crawlDelay = Duration.ofMillis(Math.min(crawlDelayMillis, MAX_CRAWL_DELAY.toMillis()));
        return crawlDelay.compareTo(hostDelay) > 0 ? crawlDelay : hostDelay;
    }

    private void throttleFor(URI uri, Duration delay) throws FetchException {
        try {
            throttle.await(uri.getHost(), delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.retryable(uri, "interrupted");
        }
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators, String accept) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("User-Agent", settings.userAgent()).header("Accept", accept);
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(),
                CappedBody.handler(settings.maxBytes()));
        try {
            // The request timeout covers the wait for the headers only; this one covers the body too.
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw FetchException.retryable(uri, "no complete answer within " + Durations.format(settings.timeout()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.retryable(uri, "interrupted");
        } catch (ExecutionException e) {
            throw transportFailure(uri, e.getCause());
        }
    }

    private FetchException transportFailure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge tooLarge) {
                return FetchException.permanent(uri, "larger than the size cap of " + settings.maxBytes()
                        + " bytes (" + tooLarge.getMessage() + "); cut off");
            }
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchException.retryable(uri, "timed out after " + Durations.format(settings.timeout()));
        }
        if (cause instanceof ConnectException) {
            return FetchException.retryable(uri, "cannot connect" + (cause.getMessage() == null ? ""
                    : ": " + cause.getMessage()));
        }
        if (cause instanceof IOException) {
            return FetchException.retryable(uri, "transfer failed: " + cause);
        }
        return FetchException.retryable(uri, "failed: " + cause);
    }
}
