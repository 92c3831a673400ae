package io.newstrace.core.entities;

import io.newstrace.core.text.Folding;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.TreeSet;

/**
 * Finds the people an article names, by the rules a reader uses: a capitalised name after an honorific or a
 * function ("M. Diop", "le colonel Assimi Goïta", "son homologue russe Sergueï Lavrov"), or as the subject of a
 * speech verb ("Abdoulaye Diop a déclaré", "a déclaré Abdoulaye Diop", "John Kerry said"), or where the
 * statistical recogniser saw a person's name. Once a person is
 * known, every later mention of the full name or the surname alone is theirs. Names that carry words of
 * institutions or places (Fédération, Affaires, Union, …) are never people.
 */
public final class PersonFinder {
    private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "this");
    private static final int DEMONSTRATIVE_NOUN_WORDS = 3;
    /** Three to five capitals: initials that may stand for a full name (two would be too common). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{3,5}");
    /** Initials shared by two full names stand for neither. */
    private static final String AMBIGUOUS = "";
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "da", "di", "van", "von", "der", "den",
            "bin", "ben", "ibn", "al", "el", "ould", "dos", "ter", "mac");
    private static final Set<String> AUXILIARIES = Set.of("a", "avait", "aurait", "ont", "avaient", "auraient",
            "has", "had", "have", "would", "will", "is", "was");
    private static final Set<String> STOP = Set.of("le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une",
            "et", "a", "au", "aux", "en", "son", "sa", "ses", "sur", "par", "pour", "avec", "the", "an", "of",
            "and", "in", "on", "at", "to", "his", "her", "its", "their", "from", "by", "with", "for", "qui", "who");
    private static final Set<String> GIVEN_NAME_WORDS = Set.of("will", "may");
    private static final Set<String> CONJUNCTIONS = Set.of("et", "ou", "mais", "and", "or", "but");
    /** Words that open a clause: no description of a name after them reaches back past them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("que", "qu'", "that");
    /** Prepositions that open a phrase before a comma, which is then no apposition to the name after it. */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("selon", "pour", "apres", "avant", "depuis",
            "according", "after", "before", "for", "since");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "throughout", "near", "dans", "en",
            "au", "aux");
    /** The fewest mentions in a place's (or a thing's) context that make a name no person's. */
    private static final int MIN_CONTEXT_VOTES = 2;
    /** One mention in this many after a preposition of place makes a place. */
    private static final int PLACE_SHARE = 4;
    /** One mention in this many after a noun of a kind of thing makes a thing. */
    private static final int THING_SHARE = 2;
    private static final int DESCRIPTOR_WINDOW = 8;
    private static final int APPOSITION_MAX = 10;
    /** The words an apposition's head noun may come after: "un jeune étudiant", "a retired nurse". */
    private static final int APPOSITION_HEAD_WORDS = 2;
    /** Matched in lowerMatchForm, which writes "l’" as "l'". */
    private static final Set<String> APPOSITION_DETERMINERS = Set.of("un", "une", "le", "la", "l'", "a", "an", "the");
    /** "32 ans", "32-year-old": an age. */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}(?:-year-old)?");
    private static final Set<String> AGE_UNITS = Set.of("ans", "an");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", ";", ":", "!", "?");
    private static final Set<String> ORIGIN_PREPOSITIONS = Set.of("of", "in", "from", "de", "du", "des", "d'", "a",
            "en", "au", "aux");
    /** The words of an apposition that hold its head noun: "the group that …", "a company based in …". */
    private static final int APPOSITION_HEAD = 3;

    private final Lexicons lexicons;

    public PersonFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** A run of capitalised tokens in a sentence: token indexes [from, to). */
    private record NameRun(List<Span> tokens, int from, int to) {
        Span span() {
            return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        }
    }

    /**
     * The people of an article.
     *
     * @param recognized person names a statistical recogniser found: a name there is a person's even without a
     *                   title or speech verb around it
     */
    public List<Person> find(String raw, List<Span> sentences, List<Span> recognized) {
        List<List<Span>> tokenized = new ArrayList<>();
        List<NameRun> runs = new ArrayList<>();
        for (Span sentence : sentences) {
            List<Span> tokens = Tokenizer.tokens(raw, sentence);
            tokenized.add(tokens);
            runs.addAll(nameRuns(raw, tokens));
        }
        // Pass 1: the names that the context shows to be people's.
        Map<String, String> fullNames = new LinkedHashMap<>();
        Set<String> recognizedNames = new HashSet<>();
        List<NameRun> single = new ArrayList<>();
        // "… en discutant avec Pasiphae. Cette jeune fille de 20 ans …": a sentence opening with a demonstrative
        // description of someone, by the sentence before it, with that someone's gender.
        Map<List<Span>, Person.Gender> describedAfter = new IdentityHashMap<>();
        for (int k = 0; k + 1 < tokenized.size(); k++) {
            Person.Gender gender = demonstrativeGender(raw, tokenized.get(k + 1));
            if (gender != Person.Gender.UNKNOWN) {
                describedAfter.put(tokenized.get(k), gender);
            }
        }
        for (NameRun run : runs) {
            // A name ending its sentence, which the next one describes as a person.
            boolean describedNext = run.to + 1 >= run.tokens.size() && describedAfter.containsKey(run.tokens);
            if (!isPersonContext(raw, run) && !describedNext
                    && !(run.to - run.from >= 2 && overlaps(run.span(), recognized)) || isLoneTitle(raw, run)) {
                continue;
            }
            String name = run.span().of(raw);
            if (run.to - run.from >= 2) {
                fullNames.putIfAbsent(Folding.lowerMatchForm(name), name);
                if (overlaps(run.span(), recognized)) {
                    recognizedNames.add(Folding.lowerMatchForm(name));
                }
            } else {
                single.add(run);
            }
        }
        Map<String, String> bySurname = new HashMap<>();
        fullNames.forEach((key, name) -> bySurname.putIfAbsent(lastWord(key), key));
        // "DSK" for Dominique Strauss-Kahn, "JFK", "AMLO": the initials of every part of a full name the recogniser
        // took for a person's (not "International Monetary Fund" for "IMF"), in capitals.
        Map<String, String> byInitials = new HashMap<>();
        for (String key : recognizedNames) {
            String initials = initials(fullNames.get(key));
            if (INITIALS.matcher(initials).matches()) {
                byInitials.merge(initials, key, (one, other) -> AMBIGUOUS);
            }
        }
        byInitials.values().removeIf(AMBIGUOUS::equals);
        // Initials are no name token (acronyms name organisations), so they are looked for on their own.
        for (List<Span> tokens : tokenized) {
            for (int k = 0; k < tokens.size(); k++) {
                if (byInitials.containsKey(tokens.get(k).of(raw))) {
                    runs.add(new NameRun(tokens, k, k + 1));
                }
            }
        }
        runs.sort(Comparator.comparingInt(run -> run.span().start()));
        for (NameRun run : single) {
            String key = Folding.lowerMatchForm(run.span().of(raw));
            if (!bySurname.containsKey(key) && !fullNames.containsKey(key)) {
                fullNames.put(key, run.span().of(raw));
                bySurname.put(key, key);
            }
        }
        // Pass 2: every mention of a known person, with the words that describe them where they are named.
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, Set<String>> descriptors = new HashMap<>();
        Map<String, int[]> genderVotes = new HashMap<>();
        Map<String, Integer> placeVotes = new HashMap<>();
        Map<String, Integer> thingVotes = new HashMap<>();
        Set<String> titled = new HashSet<>();
        Map<List<Span>, String> lastNamedIn = new IdentityHashMap<>();
        for (NameRun run : runs) {
            String folded = Folding.lowerMatchForm(run.span().of(raw));
            String key = fullNames.containsKey(folded) ? folded : bySurname.get(folded);
            if (key == null) {
                key = byInitials.get(run.span().of(raw));
            }
            if (key == null) {
                continue;
            }
            if (placeContext(raw, run)) {
                placeVotes.merge(key, 1, Integer::sum);
            }
            if (run.from > 0 && lexicons.isNamingNoun(run.tokens.get(run.from - 1).of(raw))) {
                thingVotes.merge(key, 1, Integer::sum);
            }
            if (run.from > 0 && lexicons.isTitle(run.tokens.get(run.from - 1).of(raw))) {
                titled.add(key);
            }
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(run.span());
            lastNamedIn.put(run.tokens, key);
            descriptors.computeIfAbsent(key, k -> new HashSet<>()).addAll(describe(raw, run));
            Person.Gender gender = genderAt(raw, run);
            if (gender == Person.Gender.UNKNOWN) {
                gender = genderOfReportedSubject(raw, run);
            }
            if (gender != Person.Gender.UNKNOWN) {
                genderVotes.computeIfAbsent(key, k -> new int[2])[gender == Person.Gender.FEMININE ? 0 : 1]++;
            }
        }
        // A demonstrative description opening a sentence is the person named last in the sentence before.
        describedAfter.forEach((sentence, gender) -> {
            String named = lastNamedIn.get(sentence);
            if (named != null) {
                genderVotes.computeIfAbsent(named, key -> new int[2])[gender == Person.Gender.FEMININE ? 0 : 1]++;
            }
        });
        List<Person> people = new ArrayList<>();
        // "in Nova Scotia", "across New Brunswick": a name found several times where a place stands, for a quarter
        // of its mentions or more, is a place's, whatever the recogniser or a speech verb after it ("Nova Scotia,
        // says he …") suggested, unless a title precedes it ("believe in Trump" once is no place).
        dropNamesFoundAs(placeVotes, PLACE_SHARE, mentions, titled);
        // "le vaccin Astra Zeneca", "le groupe Wagner": a name found after a noun of a kind of thing or of
        // organisation for half of its mentions or more names that, not a person.
        dropNamesFoundAs(thingVotes, THING_SHARE, mentions, titled);
        mentions.forEach((key, spans) -> {
            Set<String> words = descriptors.getOrDefault(key, Set.of());
            Set<String> nationalities = new TreeSet<>();
            for (String word : words) {
                String nationality = lexicons.nationality(word);
                if (nationality != null) {
                    nationalities.add(nationality);
                }
            }
            List<String> forms = spans.stream().map(span -> span.of(raw)).distinct().toList();
            int[] votes = genderVotes.getOrDefault(key, new int[2]);
            Person.Gender gender = votes[0] > votes[1] ? Person.Gender.FEMININE
                    : votes[1] > votes[0] ? Person.Gender.MASCULINE : Person.Gender.UNKNOWN;
            people.add(new Person(fullNames.get(key), spans, forms, words, nationalities, gender));
        });
        people.sort(Comparator.comparingInt(Person::firstMention));
        return people;
    }

    /**
     * The gender of a sentence opening with a demonstrative and a noun of person a few words on ("Cette jeune fille",
     * "Ce père de quatre enfants", "This mother of two"), else unknown.
     */
    private Person.Gender demonstrativeGender(String raw, List<Span> tokens) {
        if (tokens.isEmpty()) {
            return Person.Gender.UNKNOWN;
        }
        String determiner = Folding.lowerMatchForm(tokens.get(0).of(raw));
        if (!DEMONSTRATIVES.contains(determiner)) {
            return Person.Gender.UNKNOWN;
        }
        for (int k = 1; k < Math.min(tokens.size(), 1 + DEMONSTRATIVE_NOUN_WORDS); k++) {
            String word = tokens.get(k).of(raw);
            if (lexicons.isPersonNoun(word)) {
                return lexicons.isFeminineNoun(word) || determiner.equals("cette") ? Person.Gender.FEMININE
                        : lexicons.isMasculineNoun(word) || !determiner.equals("this") ? Person.Gender.MASCULINE
                        : Person.Gender.UNKNOWN;
            }
        }
        return Person.Gender.UNKNOWN;
    }

    /** The first letters of a name's words and hyphenated parts, in capitals: "Dominique Strauss-Kahn" → "DSK". */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String part : name.split("[\\s\u00a0-]+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                letters.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return letters.toString();
    }

    /**
     * The gender the words before a mention give: an honorific (Mme, M., Mr, Ms) right before it, or a
     * determiner before a function in its description ("la secrétaire générale de la CGT, Sophie Binet").
     */
    private Person.Gender genderAt(String raw, NameRun run) {
        List<Span> tokens = run.tokens;
        int honorific = honorificPlace(raw, tokens, run.from);
        for (int k = run.from - 1; k >= Math.max(0, run.from - DESCRIPTOR_WINDOW); k--) {
            String word = Folding.lowerMatchForm(tokens.get(k).of(raw));
            if (k == honorific) {
                if (lexicons.isFeminineHonorific(word)) {
                    return Person.Gender.FEMININE;
                }
                if (lexicons.isMasculineHonorific(word)) {
                    return Person.Gender.MASCULINE;
                }
            }
            if (k + 1 < run.from && lexicons.isRoleNoun(tokens.get(k + 1).of(raw))) {
                if (word.equals("la") || word.equals("une")) {
                    return Person.Gender.FEMININE;
                }
                if (word.equals("le") || word.equals("un")) {
                    return Person.Gender.MASCULINE;
                }
            }
        }
        return Person.Gender.UNKNOWN;
    }

    /**
     * "Cuthbertson said he had …", "Golden says she didn't want …": the pronoun opening what a person says mostly
     * stands for that person, a vote for its gender (the votes of all mentions decide).
     */
    private Person.Gender genderOfReportedSubject(String raw, NameRun run) {
        List<Span> tokens = run.tokens;
        int next = run.to;
        if (next + 1 >= tokens.size() || !lexicons.isSpeechVerb(tokens.get(next).of(raw))) {
            return Person.Gender.UNKNOWN;
        }
        String pronoun = Folding.lowerMatchForm(tokens.get(next + 1).of(raw));
        if ((pronoun.equals("that") || pronoun.equals("qu'") || pronoun.equals("que")) && next + 2 < tokens.size()) {
            pronoun = Folding.lowerMatchForm(tokens.get(next + 2).of(raw));
        }
        return switch (pronoun) {
            case "she", "elle" -> Person.Gender.FEMININE;
            case "he", "il" -> Person.Gender.MASCULINE;
            default -> Person.Gender.UNKNOWN;
        };
    }

    /**
     * Drops the names found where a place or a thing stands (their votes) for one mention in {@code share} or more,
     * at least {@link #MIN_CONTEXT_VOTES} times, unless a title precedes one of them.
     */
    private static void dropNamesFoundAs(Map<String, Integer> votes, int share, Map<String, List<Span>> mentions,
                                         Set<String> titled) {
        votes.forEach((key, count) -> {
            List<Span> spans = mentions.get(key);
            if (spans != null && count >= MIN_CONTEXT_VOTES && count * share >= spans.size() && !titled.contains(key)) {
                mentions.remove(key);
            }
        });
    }

    /**
     * Whether a preposition of place stands right before the name and no possessive after it ("in Nova Scotia",
     * "dans le Nord", not "in Trump's view", whose "'s" the tokenizer gives as a token of its own; not "at", "to" or
     * "à": "lashed out at Trump", "a écrit à Macron").
     */
    private static boolean placeContext(String raw, NameRun run) {
        List<Span> tokens = run.tokens;
        if (run.from == 0 || !PLACE_PREPOSITIONS.contains(Folding.lowerMatchForm(tokens.get(run.from - 1).of(raw)))) {
            return false;
        }
        String next = run.to < tokens.size() ? tokens.get(run.to).of(raw) : "";
        return !(next.length() == 2 && Tokenizer.isApostrophe(next.charAt(0))
                && Character.toLowerCase(next.charAt(1)) == 's');
    }

    private static boolean overlaps(Span span, List<Span> others) {
        for (Span other : others) {
            if (span.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    /** Runs of capitalised tokens, joined by name particles (Ould, bin, de …), without a sentence-initial word. */
    private List<NameRun> nameRuns(String raw, List<Span> tokens) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(raw, tokens.get(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < tokens.size()) {
                if (isNameToken(raw, tokens.get(to))) {
                    to++;
                } else if (isInitialStop(raw, tokens, to)) {
                    to += 2; // "A. Goïta", "George W. Bush"
                } else if (to + 1 < tokens.size() && PARTICLES.contains(Folding.lowerMatchForm(tokens.get(to).of(raw)))
                        && isNameToken(raw, tokens.get(to + 1))) {
                    to += 2;
                } else {
                    break;
                }
            }
            i = to;
            // "Selon Abdoulaye Diop", "Le Président Poutine", "M. Diop": the first words are not the name.
            boolean afterHonorific = honorificBefore(raw, tokens, from);
            while (from < to) {
                String word = tokens.get(from).of(raw);
                boolean title = lexicons.isTitle(word + ".");
                if (!title && isInitialStop(raw, tokens, from + 1)) {
                    break; // "A. Goïta": an initial, not the article "a"
                }
                if (afterHonorific && from + 1 == to) {
                    break; // "Mr. King", "Ms. Bishop": a title's word after an honorific may be a surname
                }
                if (from + 1 < to && tokens.get(from + 1).of(raw).equals(".") && title) {
                    afterHonorific = lexicons.isHonorific(word);
                    from += 2;
                } else if (lexicons.isTitle(word) || lexicons.isNonPersonWord(word)
                        || lexicons.nationality(word) != null || opensWithVerb(word, from)
                        || opensWithFunctionWord(word, from)) {
                    afterHonorific = lexicons.isHonorific(word);
                    from++;
                } else {
                    break;
                }
            }
            // "Indiana State Teachers Association President Keith Gambill": a title inside the run starts the name.
            for (int k = to - 3; k > from; k--) {
                if (lexicons.isTitle(tokens.get(k).of(raw))) {
                    from = k + 1;
                    break;
                }
            }
            if (from < to && isNameToken(raw, tokens.get(from)) && !containsNonPerson(raw, tokens, from, to)) {
                runs.add(new NameRun(tokens, from, to));
            }
        }
        return runs;
    }

    /**
     * "Stated Stone:", "Added Mr. Bush:": a speech verb in the past opening the sentence, before its subject ("Said",
     * a given name too, is left to be a name).
     */
    private boolean opensWithVerb(String word, int token) {
        String folded = Folding.lowerMatchForm(word);
        return token == 0 && folded.endsWith("ed") && lexicons.isSpeechVerbWord(folded);
    }

    /**
     * "Should I …", "As they …", "Can Republicans …": a function word capitalised only because it opens the
     * sentence is no part of a name ("Will" and "May" are given names too).
     */
    private boolean opensWithFunctionWord(String word, int token) {
        String folded = Folding.lowerMatchForm(word);
        return token == 0 && lexicons.isFunctionWord(folded) && !GIVEN_NAME_WORDS.contains(folded);
    }

    /** A full stop after a single capital, followed by a name: an initial inside the name. */
    private static boolean isInitialStop(String raw, List<Span> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).of(raw).equals(".")
                && tokens.get(at - 1).length() == 1 && Character.isUpperCase(raw.charAt(tokens.get(at - 1).start()))
                && isNameToken(raw, tokens.get(at + 1));
    }

    private boolean containsNonPerson(String raw, List<Span> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).of(raw);
            if (word.length() == 1) {
                continue; // an initial and its full stop
            }
            if (lexicons.isNonPersonWord(word) && !PARTICLES.contains(Folding.lowerMatchForm(word))
                    || lexicons.nationality(word) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameToken(String raw, Span token) {
        String text = token.of(raw);
        if (!Character.isUpperCase(text.charAt(0)) || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        // Acronyms (ONU, AFP, FAMa) name organisations; an elided capital (N'Daw) belongs to a name.
        boolean hasLower = text.chars().anyMatch(Character::isLowerCase);
        return hasLower || text.length() == 1 || text.length() == 2 && !Character.isLetter(text.charAt(1));
    }

    /** Whether an honorific, its dot or not, stands right before the token ("Mr. King", "Mr King"). */
    private boolean honorificBefore(String raw, List<Span> tokens, int token) {
        int before = honorificPlace(raw, tokens, token);
        return before >= 0 && lexicons.isHonorific(tokens.get(before).of(raw));
    }

    /** Where an honorific before the token would stand: the word before it, over a dot ("Mr. King"); -1 at the start. */
    private static int honorificPlace(String raw, List<Span> tokens, int token) {
        return token > 0 && tokens.get(token - 1).of(raw).equals(".") ? token - 2 : token - 1;
    }

    /**
     * "Mr. King" where no Larry King was named, "Mr. President": a title's word alone names no one new; it is only
     * the surname of someone named in full.
     */
    private boolean isLoneTitle(String raw, NameRun run) {
        return run.to - run.from == 1 && lexicons.isTitle(run.tokens.get(run.from).of(raw));
    }

    /** After an honorific or a function word, or as the subject or inverted subject of a speech verb. */
    private boolean isPersonContext(String raw, NameRun run) {
        List<Span> tokens = run.tokens;
        if (run.from > 0 && lexicons.isTitle(tokens.get(run.from - 1).of(raw)) || run.from > 1
                && tokens.get(run.from - 1).of(raw).equals(".")
                && lexicons.isTitle(tokens.get(run.from - 2).of(raw) + ".")) {
            return true;
        }
        if (run.to - run.from >= 2) {
            for (int k = run.from - 1; k >= Math.max(0, run.from - DESCRIPTOR_WINDOW); k--) {
                String word = tokens.get(k).of(raw);
                if (word.equals(".") || word.equals(";") || word.equals(":")) {
                    break;
                }
                if (lexicons.isTitle(word)) {
                    return true;
                }
            }
            if (speechVerbAfter(raw, tokens, run.to) || run.from == 0 && speechVerbAfterApposition(raw, tokens, run.to)
                    || run.from > 0
                    && lexicons.isSpeechVerb(tokens.get(run.from - 1).of(raw))) {
                return true;
            }
        }
        // "R-Alabama, the chairman …", "Richard Shelby of Alabama, the chairman …": a place a name comes from is no
        // name.
        return run.to - run.from == 1 && !(run.from > 0 && (tokens.get(run.from - 1).of(raw).equals("-")
                || ORIGIN_PREPOSITIONS.contains(Folding.lowerMatchForm(tokens.get(run.from - 1).of(raw)))))
                && describedAsSomeone(raw, tokens, run.to);
    }

    /**
     * "Ibrahim, artisan boucher", "Antoine*, 32 ans, chargé de cours", "Pelley, a nurse": an apposition whose head
     * is a noun of person or function, or an age, makes one capitalised word a person's name (a given name alone,
     * as reports of witnesses have them); "Apple, a company" and "Lyon, ville de …" stay what they are.
     */
    private boolean describedAsSomeone(String raw, List<Span> tokens, int at) {
        int k = at < tokens.size() && tokens.get(at).of(raw).equals("*") ? at + 1 : at; // "Antoine*": name changed
        if (k >= tokens.size() || !tokens.get(k).of(raw).equals(",")) {
            return false;
        }
        k++;
        if (k < tokens.size() && APPOSITION_DETERMINERS.contains(Folding.lowerMatchForm(tokens.get(k).of(raw)))) {
            k++;
        }
        for (int words = 0; words < APPOSITION_HEAD_WORDS && k < tokens.size(); words++, k++) {
            String word = tokens.get(k).of(raw);
            if (AGE.matcher(word).matches() && (k + 1 < tokens.size()
                    && AGE_UNITS.contains(Folding.lowerMatchForm(tokens.get(k + 1).of(raw))) || word.contains("-"))) {
                return true;
            }
            // "rural Tennessee, his mother refused …": a possessive opens a clause's subject, no apposition.
            if (!Character.isLowerCase(word.charAt(0)) || lexicons.isFunctionWord(Folding.lowerMatchForm(word))) {
                return false;
            }
            if (lexicons.isPersonNoun(word) || lexicons.isRoleNoun(word)) {
                return appositionCloses(raw, tokens, k + 1);
            }
        }
        return false;
    }

    /**
     * An apposition ends, within a few words, with its sentence or a comma that no name follows, and names no
     * organisation: "Significantly, the judge said he could not …" is a clause, "Tennessee, the House majority whip,
     * Jeremy Durham" describes Durham, "Xinhua, the official Chinese news agency," an agency.
     */
    private boolean appositionCloses(String raw, List<Span> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + APPOSITION_MAX); k++) {
            String word = tokens.get(k).of(raw);
            if (lexicons.isOrganisationNoun(word)) {
                return false;
            }
            if (word.equals(",")) {
                return k + 1 == tokens.size() || !Character.isUpperCase(tokens.get(k + 1).of(raw).charAt(0));
            }
            if (SENTENCE_ENDS.contains(word)) {
                return true;
            }
        }
        return from + APPOSITION_MAX > tokens.size();
    }

    /**
     * "Nadia Jamil, principal researcher at Dixon Hall, said": a name opening its sentence, then an apposition
     * between commas that describes (a word in lower case: "Lee Finell, Alberta-based health education manager with
     * Dairy Farmers of Canada, said"; not a list of names), then a speech verb; not when the apposition's head
     * names an organisation ("Rally Canada, the group that organized Monday’s event, said").
     */
    private boolean speechVerbAfterApposition(String raw, List<Span> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).of(raw).equals(",")) {
            return false;
        }
        boolean description = false;
        for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + APPOSITION_MAX); k++) {
            String word = tokens.get(k).of(raw);
            if (k <= at + APPOSITION_HEAD && lexicons.isOrganisationNoun(word)) {
                return false;
            }
            if (word.equals(",")) {
                return description && speechVerbAfter(raw, tokens, k);
            }
            description |= Character.isLowerCase(word.charAt(0)) && !CONJUNCTIONS.contains(word);
            if (!Character.isLetterOrDigit(word.charAt(0)) && !word.equals("&")) {
                return false;
            }
        }
        return false;
    }

    /** "X a déclaré", "X, a déclaré", "X a également affirmé", "X affirme", "X said". */
    private boolean speechVerbAfter(String raw, List<Span> tokens, int at) {
        int k = at;
        if (k < tokens.size() && tokens.get(k).of(raw).equals(",")) {
            k++;
        }
        if (k < tokens.size() && AUXILIARIES.contains(Folding.lowerMatchForm(tokens.get(k).of(raw)))) {
            k++;
            if (k + 1 < tokens.size() && !lexicons.isSpeechVerb(tokens.get(k).of(raw))) {
                k++; // one adverb: "a également déclaré"
            }
        }
        return k < tokens.size() && lexicons.isSpeechVerb(tokens.get(k).of(raw));
    }

    /**
     * Content words before the name in its sentence and in an apposition after it, and the functions they name
     * ({@link Lexicons#roleClasses}).
     */
    private Set<String> describe(String raw, NameRun run) {
        Set<String> words = new HashSet<>();
        List<Span> tokens = run.tokens;
        int windowStart = run.from;
        int windowEnd = run.to;
        // Words before the name, back to punctuation, a conjunction or a verb ("… avaient tué le chef d'Al-Qaïda
        // Oussama Ben Laden": not the president of the main clause); past a comma right before the name ("Le
        // ministre …, Abdoulaye Diop"), unless the words there open with a preposition ("Selon le président
        // américain, Oussama Ben Laden a été tué": the president is someone else).
        List<String> before = new ArrayList<>();
        boolean pastComma = false;
        for (int k = run.from - 1; k >= Math.max(0, run.from - DESCRIPTOR_WINDOW); k--) {
            String word = tokens.get(k).of(raw);
            String folded = Folding.lowerMatchForm(word);
            if (!Character.isLetter(word.charAt(0))) {
                if (word.equals(",") && k == run.from - 1) {
                    pastComma = true;
                    continue;
                }
                if (word.equals(".") && k > 0 && lexicons.isTitle(tokens.get(k - 1).of(raw) + ".")) {
                    continue; // "Republican Gov. Eric Holcomb": the dot of an abbreviated title
                }
                break;
            }
            if (CONJUNCTIONS.contains(folded) || isAuxiliary(word) || CLAUSE_WORDS.contains(folded)) {
                break; // "du président malien Assimi Goita et de l'ambassadeur russe Igor Gromyko"
            }
            if (pastComma && OPENING_PREPOSITIONS.contains(folded)) {
                before.clear();
                windowStart = run.from;
                break;
            }
            before.add(word);
            windowStart = k;
        }
        before.forEach(word -> addContentWord(word, words));
        if (run.to < tokens.size() && tokens.get(run.to).of(raw).equals(",")) {
            // An apposition ends with a comma or the sentence; words that run into a verb are the main clause's
            // ("Dès l'annonce de la mort d'Oussama Ben Laden, le président Barack Obama a prévenu …").
            List<String> after = new ArrayList<>();
            int end = windowEnd;
            boolean clause = false;
            for (int k = run.to + 1; k < Math.min(tokens.size(), run.to + 1 + APPOSITION_MAX); k++) {
                String word = tokens.get(k).of(raw);
                if (isAuxiliary(word)) {
                    clause = true;
                    break;
                }
                if (!Character.isLetter(word.charAt(0))) {
                    break;
                }
                after.add(word);
                end = k + 1;
            }
            if (!clause) {
                after.forEach(word -> addContentWord(word, words));
                windowEnd = end;
            }
        }
        words.addAll(lexicons.roleClasses(raw.substring(tokens.get(windowStart).start(),
                tokens.get(windowEnd - 1).end())));
        return words;
    }

    /** "a", "has", "ont" …, not "à", which folds to "a". */
    private static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addContentWord(String word, Set<String> words) {
        String folded = Folding.lowerMatchForm(word);
        if (folded.length() > 2 && !STOP.contains(folded)) {
            words.add(folded);
        }
    }
}
