package io.newstrace.core.model;

/**
 * The outlet that published an article, as far as the page tells.
 *
 * @param name     name as found in the evidence, or null
 * @param domain   host name without "www.", or null
 * @param evidence where the name or domain was read from (e.g. "title suffix", "url")
 */
public record Outlet(String name, String domain, String evidence) {
}
