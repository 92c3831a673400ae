package io.newstrace.core.entities;

import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * A spelling-independent key for a person's name, so that the French and English transliterations of one name
 * meet (Poutine / Putin, Sergueï / Sergey, Khrouchtchev / Khrushchev, Goïta / Goita): accents and case folded,
 * then the usual transcription pairs made equal (ou/u, tch/ch, ch/sh/kh, j/zh, y/i, gu+e/g+e, ph/f, doubled
 * letters, a final mute e).
 */
final class NameKey {
    private static final String[][] RULES = {
        {"chtch", "s"}, {"shch", "s"}, {"tch", "c"}, {"ch", "s"}, {"sh", "s"}, {"zh", "j"}, {"kh", "h"}, {"ou", "u"}, {"ph", "f"}, {"ck", "k"},
        {"w", "v"}, {"y", "i"}, {"gue", "ge"}, {"gui", "gi"}, {"ts", "c"}, {"x", "ks"}, {"q", "k"},
    };

    private NameKey() {
    }

    /** The key of each word of the name, in order. */
    static List<String> of(String name) {
        List<String> keys = new ArrayList<>();
        for (String word : Folding.lowerMatchForm(name).split("[\\s'’.-]+")) {
            if (!word.isEmpty()) {
                keys.add(word(word));
            }
        }
        return keys;
    }

    private static String word(String folded) {
        String key = folded;
        for (String[] rule : RULES) {
            key = key.replace(rule[0], rule[1]);
        }
        StringBuilder single = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
                single.append(key.charAt(i));
            }
        }
        if (single.length() > 3 && single.charAt(single.length() - 1) == 'e') {
            single.setLength(single.length() - 1);
        }
        return single.toString();
    }
}
