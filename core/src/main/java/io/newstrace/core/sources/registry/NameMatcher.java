package io.newstrace.core.sources.registry;

import io.newstrace.core.text.LanguageResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds registered names in running text: a trie over name {@link Tokens token keys}, walked from every token,
 * keeping the leftmost-longest accepted name. Accents and case are ignored except where a name's own spelling
 * makes case meaningful (see {@link OutletRegistry#mentions}). Immutable once built.
 */
final class NameMatcher {
    /** How a token of a name must be written in the text. */
    enum Case {
        ANY,
        /** Not starting with a lower-case letter: "Monde" in "Le Monde" is not "monde". */
        CAPITALISED,
        /** No lower-case letter: "AP", "MAP", "TAP" are not "ap", "map", "tap". */
        UPPER
    }

    /**
     * One way of writing an outlet's name.
     *
     * @param cases              how each token must be written
     * @param freeLeadingArticle the first token is an article that may be written in lower case
     * @param guarded            the name is a single ordinary-looking word (after its article), so it is not taken
     *                           inside a longer proper name
     */
    record NameForm(RegistryOutlet outlet, Case[] cases, boolean freeLeadingArticle, boolean guarded) {
    }

    /** Articles that may open a name: "Le Monde", "The Hill", "El País", "Die Zeit", "O Globo". */
    static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the", "el", "los", "las", "o", "os",
            "der", "die", "das");
    private static final int ACRONYM_MAX_LETTERS = 4;
    /** "the Russian Sputnik agency": a nationality before a name is not a first name. */
    private static final Set<String> DEMONYMS = Set.copyOf(LanguageResources.words("en", "demonyms.txt"));

    private static final class Node {
        private Map<String, Node> next;
        private List<NameForm> forms = List.of();
    }

    private final Node root = new Node();

    /** @param formsByKeys each name's token keys and the ways of writing it, all of one outlet */
    NameMatcher(Map<List<String>, List<NameForm>> formsByKeys) {
        formsByKeys.forEach((keys, forms) -> {
            Node node = root;
            for (String key : keys) {
                if (node.next == null) {
                    node.next = new HashMap<>(4);
                }
                node = node.next.computeIfAbsent(key, k -> new Node());
            }
            node.forms = List.copyOf(forms);
        });
    }

    /** The ways a name may be written, read off its spelling in the registry. */
    static NameForm form(RegistryOutlet outlet, Tokens tokens) {
        Case[] cases = new Case[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            cases[i] = caseOf(tokens, i);
        }
        boolean leadingArticle = tokens.size() > 1 && ARTICLES.contains(tokens.key(0));
        int coreWords = 0;
        int firstCoreWord = tokens.size();
        int coreWord = -1;
        for (int i = leadingArticle ? 1 : 0; i < tokens.size(); i++) {
            if (tokens.isWord(i)) {
                coreWords++;
                firstCoreWord = Math.min(firstCoreWord, i);
                coreWord = i;
            }
        }
        // "La Dernière heure", "Le Journal du dimanche": after an article and a capitalised word, a name's other
        // words are often written in lower case.
        if (leadingArticle) {
            for (int i = firstCoreWord + 1; i < tokens.size(); i++) {
                cases[i] = cases[i] == Case.CAPITALISED ? Case.ANY : cases[i];
            }
        }
        boolean guarded = coreWords == 1 && cases[coreWord] != Case.UPPER;
        return new NameForm(outlet, cases, leadingArticle && coreWords > 1, guarded);
    }

    private static Case caseOf(Tokens tokens, int i) {
        if (!tokens.isWord(i) || !tokens.startsWithCapital(i)) {
            return Case.ANY;
        }
        int letters = tokens.letters(i);
        return tokens.isUpperCase(i) && letters >= 2 && letters <= ACRONYM_MAX_LETTERS ? Case.UPPER : Case.CAPITALISED;
    }

    List<Mention> mentions(String text) {
        Tokens tokens = Tokens.of(text);
        List<Mention> mentions = new ArrayList<>();
        int first = 0;
        while (first < tokens.size()) {
            int last = -1;
            RegistryOutlet outlet = null;
            Node node = root.next == null ? null : root.next.get(tokens.key(first));
            int i = first;
            while (node != null) {
                for (NameForm form : node.forms) {
                    if (accepts(form, tokens, first, i)) {
                        last = i;
                        outlet = form.outlet();
                        break;
                    }
                }
                if (++i == tokens.size() || node.next == null) {
                    break;
                }
                node = node.next.get(tokens.key(i));
            }
            if (outlet == null) {
                first++;
            } else {
                mentions.add(new Mention(tokens.start(first), tokens.end(last), outlet));
                first = last + 1;
            }
        }
        return mentions;
    }

    private static boolean accepts(NameForm form, Tokens tokens, int first, int last) {
        Case[] cases = form.cases();
        for (int k = form.freeLeadingArticle() ? 1 : 0; k < cases.length; k++) {
            int i = first + k;
            if (cases[k] == Case.UPPER && !tokens.isUpperCase(i)
                    || cases[k] == Case.CAPITALISED && !tokens.isCapitalised(i)) {
                return false;
            }
        }
        if (tokens.hyphenJoinedBefore(first) || tokens.hyphenJoinedAfter(last)) {
            return false;
        }
        return !form.guarded() || !nameContinuesAfter(tokens, last) && !nameStartsBefore(tokens, first);
    }

    /** "Reuters Institute", "Times Square", "Sputnik V": the word is part of a longer name. */
    private static boolean nameContinuesAfter(Tokens tokens, int last) {
        int next = last + 1;
        return next < tokens.size() && tokens.isWord(next) && tokens.spaceOnlyAfter(last)
                && tokens.startsWithCapital(next);
    }

    /**
     * "Michael Bloomberg": a capitalised word before, in mid-sentence, makes the name a surname. A sentence's first
     * word ("Selon Reuters") and a nationality ("the Russian Sputnik agency") do not count.
     */
    private static boolean nameStartsBefore(Tokens tokens, int first) {
        int previous = first - 1;
        if (previous < 1 || !tokens.isWord(previous) || !tokens.spaceOnlyAfter(previous)
                || !tokens.startsWithCapital(previous) || DEMONYMS.contains(tokens.key(previous))) {
            return false;
        }
        return tokens.isWord(previous - 1) || tokens.key(previous - 1).equals(",");
    }
}
