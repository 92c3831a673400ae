package io.newstrace.core.model;

/** Kinds of named entities, as in the CoNLL tradition. */
public enum EntityType {
    PER, ORG, LOC, MISC
}
