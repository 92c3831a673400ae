package io.newstrace.core.nlp;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newstrace.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifies the language of a text with Lingua, limited to the configured languages (fewer models in memory,
 * fewer confusions). Thread-safe; build one per process, its models load on first use.
 */
public final class LanguageIdentifier {
    public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "pt", "ar", "ru");

    /** Lingua is accurate well before this many characters; the rest of a long article adds only time. */
    private static final int SAMPLE_CHARS = 2000;
    /**
     * From this length on, Lingua's low-accuracy mode (trigrams only) is as reliable as the full one and several
     * times faster (Lingua's documentation: below 120 characters accuracy drops, above it stays mostly unaffected).
     */
    private static final int LONG_TEXT_CHARS = 120;

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
    }

    public List<String> languages() {
        return languages;
    }

    /**
     * The language of each paragraph long enough to tell ({@value #LONG_TEXT_CHARS} characters), null for the
     * others: articles quote a tweet in English or end with a translated paragraph.
     */
    public List<String> identifyEach(String raw, List<Span> paragraphs) {
        List<String> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            found.add(paragraph.length() >= LONG_TEXT_CHARS ? identify(paragraph.of(raw)) : null);
        }
        return found;
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
