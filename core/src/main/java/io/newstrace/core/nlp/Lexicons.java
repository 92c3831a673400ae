package io.newstrace.core.nlp;

import io.newstrace.core.text.Folding;
import io.newstrace.core.text.LanguageResources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the annotators share, merged over the configured languages: speech verbs (with their inflected
 * forms), person titles, role nouns, pronouns, nationality adjectives, words that are never part of a person's
 * name. Entries are folded ({@link Folding#lowerMatchForm}): lower case, no accents. Load once per process.
 */
public final class Lexicons {
    /** An elided French article or preposition before a noun: "l'agence", "d'experts". */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("^(?:l|d)'(?=\\p{L})");
    /** Endings that turn a masculine singular demonym into its other forms (maliennes, russes, françaises). */
    private static final List<String> FEMININE_AND_PLURAL = List.of("nes", "ne", "es", "e", "s");

    private final Set<String> strongSpeechForms = new HashSet<>();
    /** The strong forms of each language loaded, folded. */
    private final Map<String, Set<String>> strongSpeechFormsByLanguage = new HashMap<>();
    /** The words of the strong forms ("mis", "en", "garde" of "mis en garde"), folded. */
    private final Set<String> strongSpeechWords = new HashSet<>();
    private final Set<String> weakSpeechForms = new HashSet<>();
    private final Set<String> inciseSpeechForms = new HashSet<>();
    private final Set<String> reportingForms = new HashSet<>();
    /** The directive forms of each language loaded, folded. */
    private final Map<String, Set<String>> directiveFormsByLanguage = new HashMap<>();
    /** The words of the directive forms ("called", "on" of "called on"), folded. */
    private final Set<String> directiveWords = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> roleNouns = new HashSet<>();
    private final Set<String> speakerNouns = new HashSet<>();
    private final Set<String> organisationNouns = new HashSet<>();
    private final Set<String> nameNouns = new HashSet<>();
    private final Set<String> pressNouns = new HashSet<>();
    private final Set<String> documentNouns = new HashSet<>();
    private final Set<String> personNouns = new HashSet<>();
    private final Set<String> feminineNouns = new HashSet<>();
    private final Set<String> masculineNouns = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> feminineHonorifics = new HashSet<>();
    private final Set<String> masculineHonorifics = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> nonPersonWords = new HashSet<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> thingAcronyms = new HashSet<>();
    /** Each function's phrases, folded, longest first; the index in this list names the function. */
    private final List<List<String>> roleClasses = new ArrayList<>();
    private final String strongSpeechRegex;
    private final String inciseSpeechRegex;
    private final String reflexiveParticipleRegex;
    /** How the perfect of a pronominal verb opens, in its match form: "s'est exprimé". */
    private static final String REFLEXIVE_PERFECT = "s'est ";
    private final String speechRegex;
    private final String reportingRegex;

    public Lexicons(List<String> languages) {
        for (String language : languages) {
            for (String row : LanguageResources.lines(language, "speech-verbs.txt")) {
                boolean weak = row.startsWith("weak:");
                boolean reporting = row.startsWith("report:");
                boolean incise = row.startsWith("incise:");
                boolean directive = row.startsWith("directive:");
                String[] cells = row.replaceFirst("^(weak|report|incise|directive):", "").strip().split("\\s+");
                Set<String> forms = weak ? weakSpeechForms : reporting ? reportingForms
                        : incise ? inciseSpeechForms
                        : (directive ? directiveFormsByLanguage : strongSpeechFormsByLanguage)
                        .computeIfAbsent(language, key -> new HashSet<>());
                // A directive's forms are all written out: its infinitive and nouns ("order", "warning") direct no one.
                forms.addAll(directive ? List.of(Folding.lowerMatchForm(cells[0].replace('_', ' ')))
                        : inflect(language, cells[0]));
                for (int i = 1; i < cells.length; i++) {
                    forms.add(Folding.lowerMatchForm(cells[i].replace('_', ' ')));
                }
            }
            titles.addAll(LanguageResources.words(language, "person-titles.txt"));
            roleNouns.addAll(LanguageResources.words(language, "role-nouns.txt"));
            speakerNouns.addAll(LanguageResources.words(language, "speaker-nouns.txt"));
            organisationNouns.addAll(LanguageResources.words(language, "organisation-nouns.txt"));
            nameNouns.addAll(LanguageResources.words(language, "name-nouns.txt"));
            pressNouns.addAll(LanguageResources.words(language, "press-nouns.txt"));
            documentNouns.addAll(LanguageResources.words(language, "document-nouns.txt"));
            addGendered(language, "person-nouns.txt", personNouns, feminineNouns, masculineNouns);
            addGendered(language, "honorifics.txt", honorifics, feminineHonorifics, masculineHonorifics);
            pronouns.addAll(LanguageResources.words(language, "pronouns.txt"));
            nonPersonWords.addAll(LanguageResources.words(language, "non-person-words.txt"));
            functionWords.addAll(LanguageResources.words(language, "function-words.txt"));
            thingAcronyms.addAll(LanguageResources.words(language, "thing-acronyms.txt"));
            demonyms.addAll(LanguageResources.words(language, "demonyms.txt"));
            for (String row : LanguageResources.lines(language, "role-synonyms.txt")) {
                List<String> phrases = new ArrayList<>();
                for (String phrase : row.split("\\|")) {
                    phrases.add(Folding.lowerMatchForm(phrase.strip()));
                }
                if (!roleClasses.contains(phrases)) {
                    roleClasses.add(phrases);
                }
            }
        }
        strongSpeechFormsByLanguage.values().forEach(strongSpeechForms::addAll);
        addWords(strongSpeechForms, strongSpeechWords);
        directiveFormsByLanguage.values().forEach(forms -> addWords(forms, directiveWords));
        strongSpeechRegex = alternation(strongSpeechForms);
        Set<String> inIncises = new HashSet<>(strongSpeechForms);
        inIncises.addAll(inciseSpeechForms);
        inciseSpeechRegex = alternation(inIncises);
        // "s'est-il exprimé", "s'est-elle félicitée": an inverted pronoun parts a pronominal verb from its participle.
        Set<String> reflexive = new HashSet<>();
        inIncises.stream().filter(form -> form.startsWith(REFLEXIVE_PERFECT))
                .forEach(form -> reflexive.add(form.substring(REFLEXIVE_PERFECT.length())));
        reflexiveParticipleRegex = alternation(reflexive);
        Set<String> all = new HashSet<>(strongSpeechForms);
        all.addAll(weakSpeechForms);
        speechRegex = alternation(all);
        reportingRegex = alternation(reportingForms);
    }

    /** Adds the words of the forms ("mis", "en", "garde" of "mis en garde") to {@code words}. */
    private static void addWords(Set<String> forms, Set<String> words) {
        forms.forEach(form -> words.addAll(List.of(form.split(" "))));
    }

    /** Adds a list's words to {@code all}, and those of its "feminine:" and "masculine:" lines to their gender too. */
    private static void addGendered(String language, String file, Set<String> all, Set<String> feminine,
                                    Set<String> masculine) {
        for (String row : LanguageResources.lines(language, file)) {
            Set<String> gendered = row.startsWith("feminine:") ? feminine
                    : row.startsWith("masculine:") ? masculine : all;
            for (String word : row.replaceFirst("^(?:feminine|masculine):", "").strip().split("\\s+")) {
                gendered.add(Folding.lowerMatchForm(word));
                all.add(Folding.lowerMatchForm(word));
            }
        }
    }

    /** Regular forms, folded: French -er verbs (-é/-e, -ent, -ait, -aient, -a, -ant), English (-s, -ed, -ing). */
    private static List<String> inflect(String language, String lemma) {
        String base = Folding.lowerMatchForm(lemma.replace('_', ' '));
        List<String> forms = new ArrayList<>(List.of(base));
        if (language.equals("fr") && base.endsWith("er") && !base.contains(" ")) {
            String stem = base.substring(0, base.length() - 2);
            for (String ending : List.of("e", "ent", "ait", "aient", "a")) {
                forms.add(stem + ending);
            }
            // "…, estimant que …": the present participle introduces reported speech too ("jugeant", "annonçant").
            forms.add(stem + (stem.endsWith("g") ? "eant" : "ant"));
        } else if (language.equals("en") && !base.contains(" ")) {
            forms.add(base + "s");
            forms.add(base.endsWith("e") ? base + "d" : base + "ed");
            // "…, adding that …": the participle introduces reported speech too.
            forms.add(base.endsWith("e") && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing"
                    : base + "ing");
        }
        return forms;
    }

    /**
     * A regex matching any of the folded forms, grouped by first letter ("d(?:eclarent|eclare|it)|s(?:aid|ays)")
     * so that the regex engine tries only the forms of one letter at each position, with one group per letter:
     * every group is a slot a matcher clears on each reset, and a trie's hundreds of groups made that reset the
     * quote stage's largest cost. Longer forms come first, so that a form extending another is preferred; a space
     * matches any run of white space.
     */
    private static String alternation(Set<String> forms) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        for (String form : forms) {
            byFirst.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form.substring(1));
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((first, rests) -> {
            rests.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            List<String> literals = rests.stream().map(Lexicons::literal).toList();
            branches.add(literal(String.valueOf(first))
                    + (literals.size() == 1 ? literals.get(0) : "(?:" + String.join("|", literals) + ")"));
        });
        return "(?:" + String.join("|", branches) + ")";
    }

    /**
     * The form as a regex literal, a space matching any run of white space and an adverb between the words of a
     * form of several ("s'est encore félicitée", "a également fait savoir").
     */
    private static String literal(String form) {
        return Arrays.stream(form.split(" ", -1)).map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(Collectors.joining("\\s+(?:(?:[a-z]+ment|encore|aussi|deja|bien)\\s+)?"));
    }

    /** Forms of verbs that report words (déclaré, affirme, said): they introduce direct and indirect quotes. */
    public boolean isSpeechVerb(String word) {
        String folded = Folding.lowerMatchForm(word);
        return strongSpeechForms.contains(folded) || inciseSpeechForms.contains(folded);
    }

    /**
     * Whether a word, folded, is a strong speech verb form or a word of one: a sentence without such a word holds no
     * match of {@link #strongSpeechRegex}, a cheaper test than the regex.
     */
    public boolean isSpeechVerbWord(String foldedWord) {
        return strongSpeechWords.contains(foldedWord);
    }

    /** Whether a word, folded, is a word of a directive verb form ("urged", "called", "appelle", "accusé"). */
    public boolean isDirectiveWord(String foldedWord) {
        return directiveWords.contains(foldedWord);
    }

    /**
     * One language's verbs by which someone tells, asks or accuses someone else of doing something, the deed an
     * infinitive ("urged them to", "a appelé les Tchèques à rester", "accuse Pékin de manipuler"), as a regex over
     * folded text; a regex matching nothing if the language is not loaded.
     */
    public String directiveRegex(String language) {
        return alternationOf(directiveFormsByLanguage.get(language));
    }

    /** Forms of verbs by which an outlet relays words (rapporté, reported, cited). */
    public boolean isReportingVerb(String word) {
        return reportingForms.contains(Folding.lowerMatchForm(word));
    }

    /** The strong speech verb forms as a regex alternation, for text folded with {@link Folding#foldInPlace}. */
    public String strongSpeechRegex() {
        return strongSpeechRegex;
    }

    /** One language's strong speech verb forms as a regex alternation; a regex matching nothing if it is not loaded. */
    public String strongSpeechRegex(String language) {
        return alternationOf(strongSpeechFormsByLanguage.get(language));
    }

    private static String alternationOf(Set<String> forms) {
        return forms == null || forms.isEmpty() ? "(?!)" : alternation(forms);
    }

    /**
     * The strong speech verb forms and the verbs of manner that report words only in an incise ("sourit-il", "tacle
     * le ministre"), as a regex alternation: the patterns that scan every sentence leave those out, for speed.
     */
    public String inciseSpeechRegex() {
        return inciseSpeechRegex;
    }

    /**
     * The participles of the pronominal speech verbs ("exprime", "felicite"), as a regex alternation for folded text:
     * what follows an inverted "s'est-il".
     */
    public String reflexiveParticipleRegex() {
        return reflexiveParticipleRegex;
    }

    /** Strong and stance verb forms as a regex alternation, for text folded with {@link Folding#foldInPlace}. */
    public String speechRegex() {
        return speechRegex;
    }

    /**
     * The functions a text names through one of their synonymous phrases, as descriptor words "role:" and the
     * function's first phrase, the same whichever languages are loaded: a person described as "chef de la
     * diplomatie" and a phrase "le ministre malien des Affaires étrangères" share one.
     */
    public Set<String> roleClasses(String text) {
        // "le ministre malien des Affaires étrangères": a nationality inside the phrase is no part of the function.
        String folded = " " + Arrays.stream(Folding.lowerMatchForm(text).replaceAll("[^a-z0-9' -]", " ").split("\\s+"))
                .filter(word -> nationality(word) == null).collect(Collectors.joining(" ")) + " ";
        Set<String> classes = new HashSet<>();
        for (List<String> synonyms : roleClasses) {
            for (String phrase : synonyms) {
                if (folded.contains(" " + phrase + " ")) {
                    classes.add("role:" + synonyms.get(0));
                }
            }
        }
        return classes;
    }

    /** Verbs by which an outlet relays words (rapporté, relayé, reported), as a regex over folded text. */
    public String reportingRegex() {
        return reportingRegex;
    }

    public boolean isTitle(String word) {
        return titles.contains(Folding.lowerMatchForm(word));
    }

    public boolean isRoleNoun(String word) {
        return roleNouns.contains(noun(word));
    }

    /** Nouns that can name an unnamed speaker: sources, a witness, the government, researchers. */
    public boolean isSpeakerNoun(String word) {
        return speakerNouns.contains(noun(word)) || isOrganisationNoun(word) || isDocumentNoun(word)
                || isPluralPersonNoun(word);
    }

    /** "researchers", "spokesmen", "chercheurs": people not named, several of a kind. */
    private boolean isPluralPersonNoun(String word) {
        String folded = noun(word);
        return folded.endsWith("men") && personNouns.contains(folded.substring(0, folded.length() - 3) + "man")
                || folded.endsWith("ies") && personNouns.contains(folded.substring(0, folded.length() - 3) + "y")
                || folded.endsWith("ren") && personNouns.contains(folded.substring(0, folded.length() - 3))
                || (folded.endsWith("s") || folded.endsWith("x"))
                && personNouns.contains(folded.substring(0, folded.length() - 1));
    }

    /** "report", "statement", "communiqué": a document, which speaks for its author. */
    public boolean isDocumentNoun(String word) {
        return documentNouns.contains(noun(word));
    }

    /** "company", "union", "entreprise": a noun naming an organisation by its kind. */
    public boolean isOrganisationNoun(String word) {
        return organisationNouns.contains(noun(word));
    }

    /**
     * Whether the words between an organisation's kind and its name only describe the kind ("l'agence de notation
     * Moody's", "la société américaine Boeing"): none is a function word but "de", which never ends them ("la ville
     * de Liège" names a place, not a city council).
     */
    public boolean describesKind(List<String> between) {
        return between.stream().allMatch(w -> w.equals("de") || !isFunctionWord(w))
                && (between.isEmpty() || !between.get(between.size() - 1).equals("de"));
    }

    /**
     * "association", "mouvement", "film", "book": a noun after which words in quotation marks are a name or a title,
     * not speech.
     */
    public boolean isNamingNoun(String word) {
        return nameNouns.contains(noun(word)) || isOrganisationNoun(word) || isPressNoun(word);
    }

    /** "quotidien", "newspaper": an organisation noun naming a news outlet by its kind. */
    public boolean isPressNoun(String word) {
        return pressNouns.contains(noun(word));
    }

    /** Whether any of the noun lists (persons, roles, titles, speakers, organisations, documents, press) holds it. */
    public boolean isListedNoun(String word) {
        return isPersonNoun(word) || isRoleNoun(word) || isTitle(word) || isSpeakerNoun(word)
                || isOrganisationNoun(word) || isDocumentNoun(word) || isPressNoun(word);
    }

    /** "resident", "defenceman", "femme": a noun heading a description of a person ("the rookie defenceman"). */
    public boolean isPersonNoun(String word) {
        return personNouns.contains(noun(word));
    }

    /** A word as the noun lists hold it: folded, without an elided article ("l’agence" is "agence"). */
    private static String noun(String word) {
        return ELIDED_ARTICLE.matcher(Folding.lowerMatchForm(word)).replaceFirst("");
    }

    /** "Mr", "Mme", "Dr": a word of courtesy before a name (without its dot), which names no function. */
    public boolean isHonorific(String word) {
        return honorifics.contains(Folding.lowerMatchForm(word));
    }

    /** "Mrs", "Mme", "Ms": an honorific that makes the person named after it a woman. */
    public boolean isFeminineHonorific(String word) {
        return feminineHonorifics.contains(Folding.lowerMatchForm(word));
    }

    /** "Mr", "M", "Sir": an honorific that makes the person named after it a man. */
    public boolean isMasculineHonorific(String word) {
        return masculineHonorifics.contains(Folding.lowerMatchForm(word));
    }

    /** "woman", "mère": a person noun of the feminine gender whatever its determiner. */
    public boolean isFeminineNoun(String word) {
        return feminineNouns.contains(Folding.lowerMatchForm(word));
    }

    /** "man", "père": a person noun of the masculine gender whatever its determiner. */
    public boolean isMasculineNoun(String word) {
        return masculineNouns.contains(Folding.lowerMatchForm(word));
    }

    public boolean isPronoun(String word) {
        return pronouns.contains(Folding.lowerMatchForm(word));
    }

    /** An acronym of a thing ("PIB", "GDP", "CEO"), never an organisation's. */
    public boolean isThingAcronym(String word) {
        return thingAcronyms.contains(Folding.lowerMatchForm(word));
    }

    public boolean isNonPersonWord(String word) {
        return nonPersonWords.contains(Folding.lowerMatchForm(word));
    }

    /** Articles, pronouns, prepositions, conjunctions, auxiliaries and frequent adverbs. */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(Folding.lowerMatchForm(word));
    }

    /** The nationality a word names ("maliennes" → "malien", "Russian" → "russian"), or null. */
    public String nationality(String word) {
        String folded = Folding.lowerMatchForm(word);
        if (demonyms.contains(folded)) {
            return folded;
        }
        for (String suffix : FEMININE_AND_PLURAL) {
            if (folded.endsWith(suffix) && folded.length() > suffix.length() + 2) {
                String stem = folded.substring(0, folded.length() - suffix.length());
                if (demonyms.contains(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

}
