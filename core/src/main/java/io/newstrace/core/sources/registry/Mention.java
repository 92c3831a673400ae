package io.newstrace.core.sources.registry;

/** A registered outlet named in a text, at {@code [start, end)} of that text. */
public record Mention(int start, int end, RegistryOutlet outlet) {
}
