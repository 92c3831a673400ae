package io.newstrace.core.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A headline followed by a short trailer after a separator: "Headline — RT EN", "Headline | Le Monde". */
record TitleSuffix(String headline, String suffix) {
    private static final Pattern SPLIT = Pattern.compile("^(.{12,}?)\\s+[—–|·•-]\\s+([^—–|·•]{2,40})$");
    private static final int MAX_SUFFIX_WORDS = 4;

    static Optional<TitleSuffix> split(String line) {
        Matcher m = SPLIT.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(2).strip();
        if (suffix.split("\\s+").length > MAX_SUFFIX_WORDS || suffix.matches(".*[.!?]$")) {
            return Optional.empty();
        }
        return Optional.of(new TitleSuffix(m.group(1).strip(), suffix));
    }
}
