package io.newstrace.core.stories;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Content words of a text as stems, by Lucene's analyzers for its language (French: elisions, stop words, light
 * stemming; English: possessives, stop words, Porter stemming; others: standard tokens and lower case). Numbers
 * of two digits or more are kept: "42 soldats" tells one attack from another. Thread-safe.
 */
public final class StoryTerms {
    private final Analyzer french = new FrenchAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer other = new StandardAnalyzer();

    /** How often each stem occurs in the text. */
    public Map<String, Integer> count(String text, String language) {
        Analyzer analyzer = "fr".equals(language) ? french : "en".equals(language) ? english : other;
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= 3 || term.length() == 2 && Character.isDigit(term.charAt(0))) {
                    counts.merge(term.toString(), 1, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text held in memory", e);
        }
        return counts;
    }
}
