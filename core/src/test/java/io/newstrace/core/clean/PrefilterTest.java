package io.newstrace.core.clean;

import io.newstrace.core.Samples;
import io.newstrace.core.text.Folding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PrefilterTest {

    @Test
    void readsTheLiteralsEveryMatchStartsWith() {
        assertThat(Prefilter.of("^(partager|partagez)\\b[^.!?]*$"))
                .isEqualTo(new Prefilter(true, List.of("partager", "partagez"), false));
        assertThat(Prefilter.of("\\b(newsletters?|lettre\\s+d'information|infolettre)\\b"))
                .isEqualTo(new Prefilter(false, List.of("newsletter", "lettre", "infolettre"), true));
        assertThat(Prefilter.of("(tous\\s+droits|©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b)"))
                .isEqualTo(new Prefilter(false, List.of("tous", "©", "(c)", "copyright"), false));
        assertThat(Prefilter.of("^sources?\\s*:\\s*\\S")).isEqualTo(new Prefilter(true, List.of("source"), false));
        Prefilter ours = Prefilter.of("\\bour\\s+(site|readers)\\b");
        assertThat(ours.admits("for four hours")).isFalse();
        assertThat(ours.admits("four of our readers")).isTrue();
    }

    @Test
    void admitsEveryLineWhenNoLiteralIsRequired() {
        assertThat(Prefilter.of("^(a\\s+)?(lire|voir)\\s+aussi").literals()).isEmpty();
        assertThat(Prefilter.of("^\\d+\\s*min").literals()).isEmpty();
        assertThat(Prefilter.of("^(?-i:\\p{Lu})\\w+").literals()).isEmpty();
        assertThat(Prefilter.of("^accueil|menu$")).isEqualTo(new Prefilter(false, List.of(), false));
        assertThat(Prefilter.of("^\\d+\\s*min")).isEqualTo(new Prefilter(true, List.of(), false));
        assertThat(Prefilter.of("^x").admits("anything")).isFalse();
        assertThat(Prefilter.of("^\\d").admits("anything")).isTrue();
    }

    /**
     * The prefilter and the first-character index are optimisations: a rule's prefilter never rejects a line the
     * rule matches, and the index finds the same first rule as trying every rule in table order.
     */
    @Test
    void neverRejectsALineItsRuleMatches() throws IOException {
        FurnitureRules index = new CleanVocabulary(List.of("fr", "en")).furniture;
        List<FurnitureRule> rules = index.rules();
        List<Path> pages = new ArrayList<>(Samples.sampleFiles());
        pages.addAll(Samples.pageFiles());
        int matched = 0;
        for (Path page : pages) {
            try (Stream<String> lines = Files.lines(page, StandardCharsets.UTF_8)) {
                for (String line : lines.map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                    String folded = Folding.matchForm(line);
                    String lower = folded.toLowerCase(Locale.ROOT);
                    int words = line.split("\\s+").length;
                    FurnitureRule first = rules.stream().filter(rule -> rule.matches(folded, lower, words))
                            .findFirst().orElse(null);
                    assertThat(index.firstMatch(folded, lower, words)).as("line %s", line).isEqualTo(first);
                    for (FurnitureRule rule : rules) {
                        boolean regexMatches = rule.pattern().matcher(rule.caseSensitive() ? folded : lower).find();
                        if (regexMatches) {
                            matched++;
                            assertThat(rule.prefilter().admits(lower))
                                    .as("rule %s on line %s of %s", rule.pattern(), line, page).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
