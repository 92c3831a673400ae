package io.newstrace.core.clean;

import java.io.Serializable;

import java.util.List;

/**
 * Settings of the clean stage.
 *
 * @param languages            whose furniture vocabularies, date forms and function words apply (all of them on
 *                             every page: pages mix languages)
 * @param minTemplateDocuments a short non-sentence line found on at least this many documents is site template
 */
public record CleanConfig(List<String> languages, int minTemplateDocuments) implements Serializable {
    public static final CleanConfig DEFAULT = new CleanConfig(List.of("fr", "en"), 3);

    public CleanConfig {
        languages = List.copyOf(languages);
        if (minTemplateDocuments < 2) {
            throw new IllegalArgumentException("minTemplateDocuments must be at least 2");
        }
    }
}
