package io.newstrace.core.model;

import java.util.List;

/**
 * Articles about the same event. {@code label} names it for people (main entities and a key phrase);
 * {@code firstSeen} and {@code lastSeen} are the earliest and latest publication dates of its articles (null when
 * none of them is dated).
 */
public record Story(String id, String label, List<String> articles, String firstSeen, String lastSeen) {
    public Story {
        articles = List.copyOf(articles);
    }
}
