package io.newstrace.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A parsed RSS or Atom feed.
 *
 * @param title the feed's title (the outlet name given to its articles), null when it has none
 */
public record Feed(String title, List<Item> items) {
    public Feed {
        items = List.copyOf(items);
    }

    /**
     * One entry.
     *
     * @param key       what identifies it across polls: its guid or Atom id, else its link, else its title
     * @param link      the article page, absolute; null when the entry has no usable link
     * @param title     null when it has none
     * @param published its publication (or else update) time, null when it has none
     */
    public record Item(String key, URI link, String title, Instant published) {
    }
}
