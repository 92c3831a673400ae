package io.newstrace.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PoliteFetcherTest {
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private FixtureSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = new FixtureSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.page("/page.html", "text/html", "<p>page</p>");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private static PoliteFetcher fetcher(AddressGuard guard, Duration timeout) {
        return new PoliteFetcher(new FetchSettings(FetchSettings.defaultUserAgent(), Duration.ZERO, timeout,
                FetchSettings.DEFAULT_MAX_BYTES, guard));
    }

    private static PoliteFetcher fetcher() {
        return fetcher(AddressGuard.anyAddress(), Duration.ofSeconds(10));
    }

    private static void redirect(FixtureSite site, String from, String to) {
        site.serve(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    @Test
    void followsRedirectsAndReportsWhereItLanded() throws Exception {
        redirect(site, "/old", "/page.html");

        PoliteFetcher.Response response = fetcher().fetch(site.uri("/old"), PoliteFetcher.Validators.NONE, "*/*");

        assertThat(response.uri()).isEqualTo(site.uri("/page.html"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<p>page</p>");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeItIsRequested() {
        // The test site is on loopback, so this guard lets exactly its address through, standing in for a public host;
        // the redirect then points at another loopback address, as an attacker's feed would point at an internal one.
        AddressGuard publicPlusSite = new AddressGuard(address ->
                address.getHostAddress().equals("127.0.0.1") || AddressGuard.isPublic(address));
        URI internal = URI.create("http://127.0.0.2:" + site.uri("/").getPort() + "/admin");
        redirect(site, "/go", internal.toString());

        FetchException refused = catchThrowableOfType(FetchException.class, () ->
                fetcher(publicPlusSite, Duration.ofSeconds(10)).fetch(site.uri("/go"), PoliteFetcher.Validators.NONE, "*/*"));

        assertThat(refused.uri()).isEqualTo(internal);
        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("refused: 127.0.0.2 resolves to 127.0.0.2");
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        for (int i = 0; i < 7; i++) {
            redirect(site, "/hop" + i, "/hop" + (i + 1));
        }

        assertThatThrownBy(() -> fetcher().fetch(site.uri("/hop0"), PoliteFetcher.Validators.NONE, "*/*"))
                .isInstanceOf(FetchException.class).hasMessageContaining("more than 5 redirects");
        assertThat(site.paths()).filteredOn(path -> path.startsWith("/hop")).hasSize(6);
    }

    @Test
    void aFiftyMegabyteAnswerIsCutAtTheCap() {
        AtomicLong sent = new AtomicLong();
        site.serve("/huge.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (sent.get() < FIFTY_MB) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheClient) {
                // expected: the fetcher hangs up at the cap
            }
        });

        FetchException tooLarge = catchThrowableOfType(FetchException.class, () ->
                fetcher().fetch(site.uri("/huge.html"), PoliteFetcher.Validators.NONE, "*/*"));

        assertThat(tooLarge.getMessage()).contains("larger than the size cap of 5242880 bytes");
        assertThat(tooLarge.retryable()).isFalse();
    }

    @Test
    void anAnnouncedSizeOverTheCapIsRefusedBeforeReading() {
        site.serve("/declared.html", exchange -> {
            exchange.sendResponseHeaders(200, FIFTY_MB);
            exchange.getResponseBody().close();
        });

        assertThatThrownBy(() -> fetcher().fetch(site.uri("/declared.html"), PoliteFetcher.Validators.NONE, "*/*"))
                .isInstanceOf(FetchException.class).hasMessageContaining("declares 52428800 bytes");
    }

    @Test
    void aSlowAnswerTimesOut() {
        site.serve("/slow.html", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<p>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3000);
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });

        FetchException timedOut = catchThrowableOfType(FetchException.class, () ->
                fetcher(AddressGuard.anyAddress(), Duration.ofMillis(500))
                        .fetch(site.uri("/slow.html"), PoliteFetcher.Validators.NONE, "*/*"));

        assertThat(timedOut.retryable()).isTrue();
        assertThat(timedOut.getMessage()).contains("no complete answer within 500ms");
    }

    @Test
    void aRobotsTxtServerErrorPostponesTheSite() {
        site.serve("/robots.txt", exchange -> FixtureSite.send(exchange, 503, "text/plain", "down"));

        FetchException postponed = catchThrowableOfType(FetchException.class, () ->
                fetcher().fetch(site.uri("/page.html"), PoliteFetcher.Validators.NONE, "*/*"));

        assertThat(postponed.retryable()).isTrue();
        assertThat(postponed.getMessage()).contains("robots.txt of " + site.uri("/") + " could not be read");
        assertThat(site.paths()).containsExactly("/robots.txt");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        site.serve("/robots.txt", exchange -> exchange.sendResponseHeaders(404, -1));

        assertThat(fetcher().fetch(site.uri("/page.html"), PoliteFetcher.Validators.NONE, "*/*").status())
                .isEqualTo(200);
    }
}
