package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;
import io.newstrace.core.text.LanguageResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-language resources the cleaner uses, merged over the configured languages: pages mix languages
 * (a French article under an English comment widget), so every table applies to every page.
 */
final class CleanVocabulary {
    /** What a dated line says about the date. */
    enum DateCue { PUBLISHED, UPDATED }

    /** Words that say what a date is, and how numeric dates are ordered where those words are used. */
    record DateCueRule(DateCue cue, boolean monthFirst, Pattern pattern) {
    }

    final FunctionWords functionWords;
    final Set<String> nameParticles = new HashSet<>();
    final Set<String> outletWords = new HashSet<>();
    final FurnitureRules furniture;
    final Map<String, Integer> months = new HashMap<>();
    final List<DateCueRule> dateCues = new ArrayList<>();
    final Pattern bylinePrefix;

    CleanVocabulary(List<String> languages) {
        List<String> prefixes = new ArrayList<>();
        Set<String> functionWordList = new HashSet<>();
        List<FurnitureRule> furnitureRules = new ArrayList<>();
        for (String language : languages) {
            functionWordList.addAll(LanguageResources.words(language, "function-words.txt"));
            nameParticles.addAll(LanguageResources.words(language, "name-particles.txt"));
            outletWords.addAll(LanguageResources.words(language, "outlet-words.txt"));
            for (String row : LanguageResources.lines(language, "furniture.tsv")) {
                furnitureRules.add(FurnitureRule.parse(row, language + "/furniture.tsv"));
            }
            for (String row : LanguageResources.lines(language, "months.txt")) {
                String[] cells = row.split("\\s+");
                for (int i = 1; i < cells.length; i++) {
                    months.put(Folding.lowerMatchForm(cells[i]), Integer.parseInt(cells[0]));
                }
            }
            for (String row : LanguageResources.lines(language, "date-cues.tsv")) {
                String[] cells = row.split("\t");
                dateCues.add(new DateCueRule(DateCue.valueOf(cells[0].toUpperCase(Locale.ROOT)),
                        cells[1].equals("mdy"),
                        Pattern.compile(cells[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            for (String prefix : LanguageResources.lines(language, "byline-prefixes.txt")) {
                prefixes.add(Pattern.quote(Folding.stripAccents(prefix)).replace(" ", "\\E\\s+\\Q"));
            }
        }
        functionWords = FunctionWords.of(functionWordList);
        furniture = new FurnitureRules(furnitureRules);
        prefixes.sort((a, b) -> b.length() - a.length());
        // A prefix is a whole word: "Par" opens a byline, "Paris" does not; "bySauli Giliard" (a missing space) does.
        bylinePrefix = Pattern.compile("^(?:" + String.join("|", prefixes) + ")(?!(?-i:\\p{Ll}))\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
