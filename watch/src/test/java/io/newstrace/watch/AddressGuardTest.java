package io.newstrace.watch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "100.64.0.1", "127.0.0.1", "127.8.9.10", "169.254.169.254",
        "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.168.1.1", "198.18.0.1", "224.0.0.251", "240.0.0.1",
        "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "::ffff:10.0.0.1",
        "::ffff:127.0.0.1", "::127.0.0.1"})
    void nonPublicAddressesAreRefused(String literal) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "93.184.215.14", "100.128.0.1", "172.32.0.1", "192.169.0.1", "2606:4700::1111",
        "2001:4860:4860::8888"})
    void publicAddressesArePermitted(String literal) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/feed.xml", "gopher://127.0.0.1:70/"})
    void onlyHttpAndHttpsAreFetched(String uri) {
        assertThatThrownBy(() -> AddressGuard.anyAddress().check(URI.create(uri)))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
    }

    @Test
    void aLiteralPrivateHostIsRefusedWithItsAddressNamed() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check(URI.create("http://[::1]:8080/feed")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("resolves to 0:0:0:0:0:0:0:1").hasMessageContaining("--allow-private");
        assertThatThrownBy(() -> AddressGuard.publicOnly().check(URI.create("http://localhost/feed")))
                .isInstanceOf(FetchException.class).hasMessageContaining("refused");
    }
}
