package io.newstrace.core.reuse;

import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Tokenizer;
import io.newstrace.core.text.Folding;
import io.newstrace.core.text.LanguageResources;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A quote reduced to what comparing statements needs. {@code wordRuns}: its words folded (case, accents,
 * apostrophes), punctuation dropped, split where the reporter cut words out ("…", "(…)", "...") or put words in
 * ("[le Président, ndlr]"), for verbatim and trimmed matches. {@code stems}: its content words in order, stop words dropped and the rest stemmed, for
 * reworded matches. {@code words}, {@code wordSet} and {@code distinctStems} say the same again, computed once
 * because every comparison asks for them. {@code names}: folded capitalised words inside a sentence and acronyms; {@code numbers}:
 * digits without their separators; both are anchors a rewording keeps.
 */
record QuoteTerms(List<List<String>> wordRuns, List<String> words, Set<String> wordSet, List<String> stems,
                  Set<String> distinctStems, Set<String> names, Set<String> numbers) {

    /** Stop words and stemmer of one language; languages without a stemmer compare folded words. */
    private record Analysis(Set<String> stopWords, Supplier<UnaryOperator<String>> stemmers) {
    }

    private static final Map<String, Analysis> ANALYSES = Map.of(
            "fr", new Analysis(stopWords("fr", FrenchAnalyzer.getDefaultStopSet()), QuoteTerms::frenchStemmer),
            "en", new Analysis(stopWords("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), QuoteTerms::englishStemmer));

    private static final Analysis UNSTEMMED = new Analysis(Set.of(), () -> UnaryOperator.identity());

    /** Words of one or two letters carry no statement ("a", "m", the French elided pronouns). */
    private static final int MIN_CONTENT_LENGTH = 3;

    int contentCount() {
        return stems.size();
    }

    static QuoteTerms of(String text, String language) {
        Analysis analysis = language == null ? UNSTEMMED : ANALYSES.getOrDefault(language, UNSTEMMED);
        UnaryOperator<String> stemmer = analysis.stemmers().get();
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        boolean sentenceStart = true;
        int bracketDepth = 0;
        String previous = "";
        for (Span token : Tokenizer.tokens(text, new Span(0, text.length()))) {
            String raw = token.of(text);
            char first = raw.charAt(0);
            if (isCut(raw, previous)) {
                endRun(runs, run);
                run = new ArrayList<>();
            }
            previous = raw;
            if (first == '(' || first == '[') {
                bracketDepth++;
            } else if ((first == ')' || first == ']') && bracketDepth > 0) {
                bracketDepth--;
            } else if (bracketDepth > 0) {
                continue;
            } else if (Character.isDigit(first)) {
                String number = digitsOnly(raw);
                run.add(number);
                numbers.add(number);
                sentenceStart = false;
            } else if (Character.isLetter(first)) {
                String folded = Folding.lowerMatchForm(raw).replace("'", "");
                run.add(folded);
                if (folded.length() >= MIN_CONTENT_LENGTH && !analysis.stopWords().contains(folded)) {
                    stems.add(stemmer.apply(folded));
                    if (isAcronym(raw) || Character.isUpperCase(first) && !sentenceStart) {
                        names.add(folded);
                    }
                }
                sentenceStart = false;
            } else if (".!?:«“\"".indexOf(first) >= 0) {
                sentenceStart = true;
            }
        }
        endRun(runs, run);
        List<String> words = runs.stream().flatMap(List::stream).toList();
        return new QuoteTerms(List.copyOf(runs), words, Set.copyOf(words), List.copyOf(stems),
                new LinkedHashSet<>(stems), Set.copyOf(names), Set.copyOf(numbers));
    }

    /**
     * Words were left out, or put in by the reporter, where an ellipsis is ("…", or a second full stop in a row)
     * and where brackets open: "(La guerre) a influencé", "Il [le Président, ndlr] utilise". Bracketed words are
     * not the speaker's and are skipped.
     */
    private static boolean isCut(String token, String previous) {
        return token.equals("…") || token.equals(".") && previous.equals(".") || token.equals("(")
                || token.equals("[");
    }

    private static void endRun(List<List<String>> runs, List<String> run) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
    }

    /** "100 000", "100,000" and "0100" all read 100000 or 100; a decimal comma and point read alike. */
    private static String digitsOnly(String number) {
        return number.replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Lucene's stop set for the language plus the project's function words, all folded. */
    private static Set<String> stopWords(String language, CharArraySet lucene) {
        Set<String> words = new HashSet<>();
        for (String word : LanguageResources.words(language, "function-words.txt")) {
            words.add(word.replace("'", ""));
        }
        for (Object word : lucene) {
            words.add(Folding.lowerMatchForm(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return Set.copyOf(words);
    }

    private static UnaryOperator<String> frenchStemmer() {
        FrenchLightStemmer stemmer = new FrenchLightStemmer();
        return word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, stemmer.stem(chars, chars.length));
        };
    }

    /** Snowball stemmers keep state between calls: one per quote analysis. */
    private static UnaryOperator<String> englishStemmer() {
        EnglishStemmer stemmer = new EnglishStemmer();
        return word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }
}
