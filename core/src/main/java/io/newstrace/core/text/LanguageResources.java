package io.newstrace.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the per-language word lists and rule tables kept as resources under {@code io/newstrace/core/lang/<code>/}.
 * Blank lines and lines starting with {@code #} are comments. A language without a given file contributes nothing.
 */
public final class LanguageResources {
    private LanguageResources() {
    }

    public static List<String> lines(String language, String file) {
        String path = "/io/newstrace/core/lang/" + language + "/" + file;
        InputStream in = LanguageResources.class.getResourceAsStream(path);
        if (in == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return lines;
    }

    /** Lists whose entries are separated by white space or new lines, folded with {@link Folding#matchForm}. */
    public static List<String> words(String language, String file) {
        List<String> words = new ArrayList<>();
        for (String line : lines(language, file)) {
            for (String word : line.split("\\s+")) {
                words.add(Folding.lowerMatchForm(word));
            }
        }
        return words;
    }
}
