package io.newstrace.core.model;

import java.io.Serializable;

import java.net.URI;
import java.util.Locale;

/**
 * The outlet that published an article, as far as the page tells.
 *
 * @param name     name as found in the evidence, or null
 * @param domain   host name without "www.", or null
 * @param evidence where the name or domain was read from (e.g. "title suffix", "url")
 */
public record Outlet(String name, String domain, String evidence) implements Serializable {

    /** The host of a URL in lower case without "www.", or null when the URL has none. */
    public static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : domainName(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A host name in lower case without "www.": the form domains are compared in. */
    public static String domainName(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
