package io.newstrace.core.nlp;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newstrace.core.text.Folding;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.LanguageResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text with Lingua, limited to the configured languages (fewer models in memory,
 * fewer confusions). Thread-safe; build one per process, its models load on first use.
 */
public final class LanguageIdentifier {
    public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "pt", "ar", "ru");

    /** Lingua is accurate well before this many characters; the rest of a long article adds only time. */
    private static final int SAMPLE_CHARS = 1000;
    /**
     * From this length on, Lingua's low-accuracy mode (trigrams only) is as reliable as the full one and several
     * times faster (Lingua's documentation: below 120 characters accuracy drops, above it stays mostly unaffected).
     */
    private static final int LONG_TEXT_CHARS = 120;

    /** Running text has 30–50% function words; a paragraph in another language has few of this one's. */
    private static final double SAME_LANGUAGE_SHARE = 0.2;
    private static final int PARAGRAPH_SAMPLE_CHARS = 400;

    private final Map<String, Set<String>> functionWords = new HashMap<>();
    private final LanguageDetector detector;
    private final LanguageDetector fastDetector;
    private final List<String> languages;

    public LanguageIdentifier(List<String> isoCodes) {
        Language[] selected = isoCodes.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
                .toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(selected).build();
        this.fastDetector = LanguageDetectorBuilder.fromLanguages(selected).withLowAccuracyMode().build();
        this.languages = List.copyOf(isoCodes);
        for (String code : isoCodes) {
            Set<String> words = new HashSet<>(LanguageResources.words(code, "function-words.txt"));
            if (!words.isEmpty()) {
                functionWords.put(code, words);
            }
        }
    }

    public List<String> languages() {
        return languages;
    }

    /**
     * The language of each paragraph long enough to tell ({@value #LONG_TEXT_CHARS} characters), null for the
     * others: articles quote a tweet in English or end with a translated paragraph. A paragraph whose words are
     * for a good part the function words of the expected language (the article's) is in that language; only the
     * others go to Lingua, on their first {@value #PARAGRAPH_SAMPLE_CHARS} characters.
     */
    public List<String> identifyEach(String raw, List<Span> paragraphs, String expected) {
        Set<String> expectedWords = functionWords.getOrDefault(expected, Set.of());
        List<String> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            if (paragraph.length() < LONG_TEXT_CHARS) {
                found.add(null);
            } else if (functionWordShare(raw, paragraph, expectedWords) >= SAME_LANGUAGE_SHARE) {
                found.add(expected);
            } else {
                found.add(identify(raw.substring(paragraph.start(),
                        Math.min(paragraph.end(), paragraph.start() + PARAGRAPH_SAMPLE_CHARS))));
            }
        }
        return found;
    }

    private static double functionWordShare(String raw, Span paragraph, Set<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int total = 0;
        int function = 0;
        for (Span token : Tokenizer.tokens(raw, paragraph)) {
            if (Character.isLetter(raw.charAt(token.start()))) {
                total++;
                if (words.contains(Folding.lowerMatchForm(token.of(raw)))) {
                    function++;
                }
            }
        }
        return total == 0 ? 0 : (double) function / total;
    }

    /** The ISO 639-1 code of the text's language, or null when the text gives no reliable answer. */
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language language = (sample.length() >= LONG_TEXT_CHARS ? fastDetector : detector).detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return null;
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
