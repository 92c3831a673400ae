package io.newstrace.core.entities;

import java.io.Serializable;

import io.newstrace.core.text.Folding;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Links role phrases ("le chef de la diplomatie malienne", "the Russian foreign minister") to the person of the
 * article they designate: the person whose describing words share the most with the phrase (functions counted
 * through their synonyms), a nationality in the phrase ruling out people of another, the nearer person before
 * the phrase on a tie.
 */
public final class RoleLinker {
    /** A person a role phrase designates, the mention of that person nearest before it, and the words shared. */
    public record Link(Person person, Span nearestMention, int shared) {
    }

    /** A role phrase of an article and the person it designates. */
    public record RoleMention(Span span, Person person) implements Serializable {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "the", "un", "une", "a", "an",
            "son", "sa", "ses", "his", "her", "their", "its");
    private static final Set<String> OF_WORDS = Set.of("de", "des", "du", "of");
    private static final Set<String> OPENERS = Set.of("le", "la", "l'", "the");
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "la", "l'", "of", "the", "for", "et");
    private static final Set<String> STOPS = Set.of("a", "avait", "aurait", "est", "etait", "qui", "que", "qu'",
            "has", "had", "is", "was", "who", "that", "and", "ou", "or", "en", "in", "au", "aux",
            "lors", "pour", "sur", "avec", "par", "dans", "on", "at", "with", "by", "for");
    private static final int MAX_PHRASE_TOKENS = 8;
    private static final Set<String> COUNTERPARTS = Set.of("homologue", "homologues", "counterpart", "counterparts");
    /**
     * Functions of someone who acts for another: never that other. Speaker nouns ("la porte-parole des évêques",
     * "the official") are left out too.
     */
    private static final Set<String> AGENTS = Set.of("spokesman", "spokeswoman", "conseiller", "conseillere",
            "adviser", "advisor", "aide", "assistant", "assistante");
    /** "le chef de ce syndicat": a phrase about something just named, not a title. */
    private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "this", "that");

    private final Lexicons lexicons;

    public RoleLinker(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The person a role phrase found at {@code phraseStart} designates, if the article describes one so. */
    public Optional<Link> link(String phrase, int phraseStart, List<Person> people) {
        Set<String> content = new HashSet<>(lexicons.roleClasses(phrase));
        Set<String> nationalities = new HashSet<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            String folded = Folding.lowerMatchForm(m.group());
            if (folded.length() > 2 && !DETERMINERS.contains(folded)) {
                content.add(folded);
            }
            String nationality = lexicons.nationality(m.group());
            if (nationality != null) {
                nationalities.add(nationality);
            }
        }
        Set<String> roleClasses = lexicons.roleClasses(phrase);
        Set<String> complement = complementWords(phrase);
        Set<String> acronyms = WORD.matcher(phrase).results().map(MatchResult::group)
                .filter(w -> ACRONYM.matcher(w).matches()).map(Folding::lowerMatchForm).collect(Collectors.toSet());
        String head = WORD.matcher(phrase).results().map(MatchResult::group).filter(lexicons::isRoleNoun)
                .map(Folding::lowerMatchForm).findFirst().orElse(null);
        Person best = null;
        int bestScore = 0;
        int bestPosition = Integer.MIN_VALUE;
        for (Person person : people) {
            if (!nationalities.isEmpty() && !person.nationalities().isEmpty()
                    && nationalities.stream().noneMatch(person.nationalities()::contains)) {
                continue;
            }
            // "le ministre des Affaires étrangères" is not the person described as "le ministre de la Santé": one
            // described with the phrase's function shares what it is of, when the phrase says it (or a synonym).
            if (head != null && person.descriptors().contains(head) && !complement.isEmpty()
                    && complement.stream().noneMatch(w -> describes(person, w, acronyms))
                    && roleClasses.stream().noneMatch(person.descriptors()::contains)) {
                continue;
            }
            // "le président américain" is not the person described as "ancien diplomate américain": the phrase's
            // function (or a synonym of it) or what it is of ("la dirigeante de la CGT") describes the person, or the
            // person is someone's counterpart ("son homologue russe Sergueï Lavrov"), of the same function.
            if (head != null && !person.descriptors().contains(head)
                    && COUNTERPARTS.stream().noneMatch(person.descriptors()::contains)
                    && roleClasses.stream().noneMatch(person.descriptors()::contains)
                    && complement.stream().noneMatch(person.descriptors()::contains)) {
                continue;
            }
            int score = 0;
            for (String word : content) {
                String nationality = lexicons.nationality(word);
                if (person.descriptors().contains(word)
                        || nationality != null && person.nationalities().contains(nationality)) {
                    score++;
                }
            }
            int position = lastMentionBefore(person, phraseStart);
            if (score > bestScore || score == bestScore && score > 0 && position > bestPosition) {
                best = person;
                bestScore = score;
                bestPosition = position;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Link(best, nearestMentionBefore(best, phraseStart), bestScore));
    }

    /**
     * The person a definite role phrase most likely designates when no one is described so: of those of the gender
     * its article gives and of no other nationality than it says, the one the article names most often, more often
     * than any other of them and at least twice, by a name of two words or more (a single word may be a recogniser's
     * error: "U.S"). "a dit mercredi le président de la Confédération" in a story on Alain Berset, whom it calls
     * "conseiller fédéral" and "chef du DFI"; "affirme le dirigeant russe" in one on Vladimir Poutine and the French
     * president he met.
     */
    public Optional<Link> titleHolder(String phrase, int phraseStart, List<Person> people) {
        List<String> words = WORD.matcher(phrase).results().map(m -> Folding.lowerMatchForm(m.group())).toList();
        if (words.size() < 2 || !OPENERS.contains(words.get(0)) || !lexicons.isRoleNoun(words.get(1))
                || AGENTS.contains(words.get(1)) || lexicons.isSpeakerNoun(words.get(1))
                || words.stream().anyMatch(DEMONSTRATIVES::contains)) {
            return Optional.empty();
        }
        Person.Gender gender = words.get(0).equals("la") ? Person.Gender.FEMININE
                : words.get(0).equals("le") ? Person.Gender.MASCULINE : Person.Gender.UNKNOWN;
        Set<String> nationalities = words.stream().map(lexicons::nationality).filter(n -> n != null)
                .collect(Collectors.toSet());
        Person best = null;
        int tie = 0;
        for (Person person : people) {
            if (gender != Person.Gender.UNKNOWN && person.gender() != Person.Gender.UNKNOWN && person.gender() != gender
                    || !nationalities.isEmpty() && !person.nationalities().isEmpty()
                    && nationalities.stream().noneMatch(person.nationalities()::contains)) {
                continue;
            }
            if (best == null || person.mentions().size() > best.mentions().size()) {
                tie = best == null ? 0 : best.mentions().size();
                best = person;
            } else {
                tie = Math.max(tie, person.mentions().size());
            }
        }
        if (best == null || best.mentions().size() < 2 || best.mentions().size() == tie
                || !best.name().contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(new Link(best, nearestMentionBefore(best, phraseStart), 0));
    }

    /**
     * Whether a word describes a person: one of its describing words, or an acronym of them ("la présidente de la
     * BCE" is the person described as "présidente de la Banque centrale européenne").
     */
    private static boolean describes(Person person, String word, Set<String> acronyms) {
        return person.descriptors().contains(word) || acronyms.contains(word) && word.chars()
                .allMatch(initial -> person.descriptors().stream().anyMatch(d -> d.charAt(0) == initial));
    }

    /**
     * The content words after the first "de", "des", "du", "d'" or "of" of a phrase, what its function is of; not a
     * nationality, which rules people out on its own.
     */
    private Set<String> complementWords(String phrase) {
        Set<String> words = new HashSet<>();
        boolean after = false;
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            String folded = Folding.lowerMatchForm(m.group());
            if (after && folded.length() > 2 && !DETERMINERS.contains(folded) && lexicons.nationality(folded) == null) {
                words.add(folded);
            }
            after |= OF_WORDS.contains(folded) || folded.startsWith("d'");
        }
        return words;
    }

    /**
     * The role phrases of an article that designate one of its people: a definite article, a function noun and
     * its complements ("le chef de la diplomatie malienne", "le ministre des Affaires étrangères"), not followed
     * by the name itself (that is an apposition, already part of the person's description).
     */
    public List<RoleMention> find(String raw, List<Span> sentences, List<Person> people) {
        List<RoleMention> found = new ArrayList<>();
        for (Span sentence : sentences) {
            List<Span> tokens = Tokenizer.tokens(raw, sentence);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String opener = Folding.lowerMatchForm(tokens.get(i).of(raw));
                if (!OPENERS.contains(opener) || !lexicons.isRoleNoun(tokens.get(i + 1).of(raw))) {
                    continue;
                }
                int end = i + 2;
                while (end < tokens.size() && end - i < MAX_PHRASE_TOKENS) {
                    String word = tokens.get(end).of(raw);
                    String folded = Folding.lowerMatchForm(word);
                    boolean lower = Character.isLowerCase(word.charAt(0));
                    boolean capitalisedAfterConnector = Character.isUpperCase(word.charAt(0))
                            && CONNECTORS.contains(Folding.lowerMatchForm(tokens.get(end - 1).of(raw)));
                    boolean nationality = lexicons.nationality(word) != null; // "le président Français Emmanuel …"
                    if (!Character.isLetter(word.charAt(0)) || STOPS.contains(folded) || lexicons.isSpeechVerb(word)
                            || !(lower || capitalisedAfterConnector || nationality)) {
                        break;
                    }
                    end++;
                }
                while (end > i + 2 && CONNECTORS.contains(Folding.lowerMatchForm(tokens.get(end - 1).of(raw)))) {
                    end--;
                }
                Span phrase = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
                if (end < tokens.size() && startsMention(tokens.get(end), people) || overlapsMention(phrase, people)) {
                    continue;
                }
                link(phrase.of(raw), phrase.start(), people)
                        .ifPresent(l -> found.add(new RoleMention(phrase, l.person())));
                i = end - 1;
            }
        }
        return found;
    }

    private static boolean startsMention(Span token, List<Person> people) {
        return people.stream().flatMap(p -> p.mentions().stream()).anyMatch(m -> m.start() == token.start());
    }

    private static boolean overlapsMention(Span phrase, List<Person> people) {
        return people.stream().flatMap(p -> p.mentions().stream())
                .anyMatch(phrase::overlaps);
    }

    /** The person's last mention before {@code offset}, else the first one. */
    private static Span nearestMentionBefore(Person person, int offset) {
        Span nearest = person.mentions().get(0);
        for (Span candidate : person.mentions()) {
            if (candidate.start() < offset) {
                nearest = candidate;
            }
        }
        return nearest;
    }

    private static int lastMentionBefore(Person person, int offset) {
        int last = Integer.MIN_VALUE + 1;
        for (Span mention : person.mentions()) {
            if (mention.start() < offset) {
                last = mention.start();
            }
        }
        return last;
    }
}
