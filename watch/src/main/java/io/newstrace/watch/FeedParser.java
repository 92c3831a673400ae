package io.newstrace.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome, safely. */
public final class FeedParser {
    /** The feed could not be read; the message says why. */
    public static final class MalformedFeedException extends Exception {
        MalformedFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedParser() {
    }

    /**
     * Parses a feed fetched from {@code feedUri} (relative links are resolved against it). A document type
     * declaration is refused outright, so neither external entities (file contents, internal URLs) nor nested
     * entity expansions ("billion laughs") are ever processed; Rome also turns off external entities and DTD loading.
     */
    public static Feed parse(byte[] xml, URI feedUri) throws MalformedFeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeedException("not a readable RSS or Atom feed: " + rootMessage(e), e);
        }
        List<Feed.Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = absolute(feedUri, linkOf(entry));
            String title = blankToNull(entry.getTitle());
            String key = firstNonBlank(entry.getUri(), link == null ? null : link.toString(), title);
            if (key != null) {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                items.add(new Feed.Item(key, link, title, date == null ? null : date.toInstant()));
            }
        }
        return new Feed(blankToNull(feed.getTitle()), items);
    }

    private static String linkOf(SyndEntry entry) {
        if (blankToNull(entry.getLink()) != null) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                return link.getHref();
            }
        }
        return null;
    }

    private static URI absolute(URI base, String link) {
        if (blankToNull(link) == null) {
            return null;
        }
        try {
            return base.resolve(link.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
