package io.newstrace.core.model;

import java.util.List;

/**
 * One entity of the corpus with its name variants merged: the canonical name (the most complete form, the most
 * frequent among equals), every other form as an alias, and every mention in every article.
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions) {

    /**
     * A mention of the entity: a span of an article's raw text, either a name or ({@code role}) a role phrase
     * the article uses for the person ("le chef de la diplomatie malienne").
     */
    public record Mention(String article, Span span, boolean role) {
    }

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
