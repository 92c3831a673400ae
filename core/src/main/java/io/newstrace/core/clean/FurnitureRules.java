package io.newstrace.core.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The furniture rules of all configured languages, in table order (the first rule that applies wins), indexed by
 * the first character a line must start with: a line is tried only against the rules that can match it.
 */
final class FurnitureRules {
    private final List<FurnitureRule> rules;
    /** Rule indexes, ascending, to try for a line starting with the key. */
    private final Map<Character, int[]> candidatesByFirstChar = new HashMap<>();
    /** Rule indexes to try for a line whose first character is no key: the rules not anchored to a literal. */
    private final int[] unindexed;

    FurnitureRules(List<FurnitureRule> rules) {
        this.rules = List.copyOf(rules);
        List<Integer> free = new ArrayList<>();
        Map<Character, TreeSet<Integer>> anchored = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Prefilter prefilter = rules.get(i).prefilter();
            if (prefilter.anchored() && !prefilter.literals().isEmpty()) {
                for (String literal : prefilter.literals()) {
                    anchored.computeIfAbsent(literal.charAt(0), c -> new TreeSet<>()).add(i);
                }
            } else {
                free.add(i);
            }
        }
        unindexed = free.stream().mapToInt(Integer::intValue).toArray();
        anchored.forEach((first, indexes) -> {
            indexes.addAll(free);
            candidatesByFirstChar.put(first, indexes.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    List<FurnitureRule> rules() {
        return rules;
    }

    /**
     * The first rule that applies to a line, given in its {@link io.newstrace.core.text.Folding#matchForm} (case
     * kept), the same in lower case, and its word count; null when none does.
     */
    FurnitureRule firstMatch(String folded, String foldedLower, int words) {
        int[] candidates = foldedLower.isEmpty() ? unindexed
                : candidatesByFirstChar.getOrDefault(foldedLower.charAt(0), unindexed);
        for (int index : candidates) {
            FurnitureRule rule = rules.get(index);
            if (rule.matches(folded, foldedLower, words)) {
                return rule;
            }
        }
        return null;
    }
}
