package io.newstrace.core.entities;

import java.io.Serializable;

import io.newstrace.core.model.Span;

import java.util.List;
import java.util.Set;

/**
 * A person named in one article: the fullest form of the name the article gives, every mention (full name,
 * surname alone, after an honorific) and the distinct forms written there, the content words of the phrases that describe the person where named
 * ("le ministre malien des Affaires étrangères, Abdoulaye Diop" gives ministre, malien, affaires, etrangeres) and
 * the nationalities among them, and the grammatical gender the article gives the person, which pronouns follow.
 */
public record Person(String name, List<Span> mentions, List<String> forms, Set<String> descriptors,
                     Set<String> nationalities, Gender gender) implements Serializable {

    /** What the article shows of the person's grammatical gender: an honorific, "la secrétaire générale". */
    public enum Gender { FEMININE, MASCULINE, UNKNOWN }

    public Person {
        mentions = List.copyOf(mentions);
        forms = List.copyOf(forms);
        descriptors = Set.copyOf(descriptors);
        nationalities = Set.copyOf(nationalities);
    }

    public int firstMention() {
        return mentions.get(0).start();
    }
}
