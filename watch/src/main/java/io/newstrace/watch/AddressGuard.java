package io.newstrace.watch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The SSRF guard: a feed (or a page it links to, or a redirect) must not make Newstrace reach into the network it
 * runs in. Only http and https are fetched, and a host is fetched only when every address it resolves to is
 * permitted. The check resolves the name itself, so the HTTP client resolves it again: a name whose answers change
 * between the two (DNS rebinding) is not caught.
 */
public final class AddressGuard {
    private final Predicate<InetAddress> permitted;

    /** @param permitted which resolved addresses may be fetched */
    public AddressGuard(Predicate<InetAddress> permitted) {
        this.permitted = permitted;
    }

    /** Public addresses only: the default. */
    public static AddressGuard publicOnly() {
        return new AddressGuard(AddressGuard::isPublic);
    }

    /** Any address ({@code --allow-private}): for feeds on one's own network, and for tests on loopback. */
    public static AddressGuard anyAddress() {
        return new AddressGuard(address -> true);
    }

    /** @throws FetchException (not retryable) naming the scheme or address refused */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.permanent(uri, "refused: only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null) {
            throw FetchException.permanent(uri, "refused: the URL has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchException.retryable(uri, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!permitted.test(address)) {
                throw FetchException.permanent(uri, "refused: " + host + " resolves to " + address.getHostAddress()
                        + ", a private, loopback, link-local or otherwise non-public address "
                        + "(--allow-private fetches such addresses)");
            }
        }
    }

    /**
     * Whether an address is reachable on the public internet: not unspecified, loopback, link-local, private
     * (RFC 1918, shared CGNAT space, IPv6 unique-local and site-local), multicast, or reserved.
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return isPublicIpv4(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        }
        // fc00::/7 unique-local
        return (bytes[0] & 0xFE) != 0xFC;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first != 0 // "this network"
                && first != 10 && first != 127
                && !(first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
                && !(first == 169 && second == 254)
                && !(first == 172 && second >= 16 && second <= 31)
                && !(first == 192 && second == 168)
                && !(first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                && first < 224; // multicast, reserved and broadcast
    }
}
