package io.newstrace.core.quotes;

import io.newstrace.core.text.Folding;
import io.newstrace.core.entities.Person;
import io.newstrace.core.entities.RoleLinker;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;
import io.newstrace.core.model.Speaker;
import io.newstrace.core.nlp.Lexicons;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the phrase that designates a speaker into a speaker: a named person (the full name the article gives),
 * a pronoun resolved to the last speaker or the last person named, a role phrase ("le chef de la diplomatie
 * malienne", "the Russian foreign minister") linked to the person the article describes that way, or, when the
 * phrase names no person (an institution, a spokesperson without a name), the phrase itself.
 */
final class SpeakerResolver {
    /** A resolved speaker and how sure the resolution is, from 1 (named) down. */
    record Resolution(Speaker speaker, double certainty, String how) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    /** ", concède-t-elle", ", a-t-il dit": a verb and its pronoun after it; group 1 the pronoun. */
    private static final Pattern INVERTED_CLITIC_AFTER = Pattern.compile("[\\s,]*\\p{L}+(?:-t)?-(il|elle)\\b");
    /**
     * A capitalised French article opening a name written with capitals: "Le Soir", "L'Avenir" (English drops the
     * article: "AP", "New York Times").
     */
    private static final Pattern TITLE_WITH_ARTICLE = Pattern.compile("(?:Le|La|Les)\\s+\\p{Lu}|L['’]\\p{Lu}");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?i)(?:le|la|les|the)\\s+|^(?i)l['’]");
    /** "Mme Cardenal, qui développe", "McCormick, who has split from …, said": the speaker is the antecedent. */
    private static final Set<String> RELATIVES = Set.of("qui", "who", "which");
    /** "Ce dernier", "cette dernière", "the latter": the person named last, whatever the sentence's subject. */
    private static final Pattern LATTER = Pattern.compile(
            "(?:ce dernier|celui-ci|(cette derniere|celle-ci)|the latter)\\b");
    private static final String DETERMINER_OPENING = "(?:le|la|les|l'|un|une|the|a|an|son|sa|ses|his|her|their)";
    /** A document's relative clause with a pronoun subject, group 1: "le récit qu'elle livre", "documents he filed". */
    private static final Pattern DOCUMENT_RELATIVE = Pattern.compile(
            "(?:\\bqu'|\\bque\\s+|\\bthat\\s+|\\s)(il|elle|he|she)\\s", Pattern.CASE_INSENSITIVE);
    /** Two descriptions joined by "et" or "and": "le procureur militaire et l'avocat du commerçant". */
    private static final Pattern COORDINATED_DESCRIPTIONS = Pattern.compile(DETERMINER_OPENING
            + "\\b[^,]+?\\s(?:et|and)\\s+" + DETERMINER_OPENING + "\\b[^,]+");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "leurs");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("ils", "elles", "eux", "they", "them");
    /** "I want to ask you": the one who says "I" or "you" is inside the quotation, never named by the phrase. */
    private static final Set<String> SPEAKING_PRONOUNS = Set.of("i", "me", "we", "us", "you", "je", "j",
            "nous", "vous", "tu");
    private static final Set<String> FEMININE_PRONOUNS = Set.of("elle", "she", "her");
    private static final Set<String> MASCULINE_PRONOUNS = Set.of("il", "lui", "he", "him");
    /** "à ses yeux", "de son côté": the possessor is the speaker, as with a pronoun. */
    private static final Set<String> POSSESSIVES = Set.of("ses", "son", "sa", "his", "her");
    private static final Set<String> MASCULINE_POSSESSIVES = Set.of("his");
    /** "his longtime personal lawyer": the most words of a possessive phrase naming someone of the person's. */
    private static final int MAX_RELATION_WORDS = 5;
    /** "Selon leur étude", "their report": the possessor is several people, named by no one speaker. */
    private static final Set<String> PLURAL_POSSESSIVES = Set.of("leur", "leurs", "their");
    private static final int MAX_APPOSITION_CHARS = 120;
    /** The characters a quoted sentence may hold outside its quotation: a mark, its space and a final stop. */
    private static final int MARK_SLACK = 3;
    /** The most words between a name and the title it qualifies, the title included ("campaign spokeswoman"). */
    private static final int MAX_QUALIFIED_ROLE_WORDS = 3;
    /** Words that qualify a title after the name of whom it serves: "Trump campaign spokeswoman". */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("campaign", "senior", "former", "top", "chief",
            "deputy", "press", "communications", "longtime", "policy", "foreign", "national", "political", "economic",
            "legal", "personal", "transition", "white", "house");
    /** More words than a speaker phrase ever has: a clause, not a designation. */
    private static final int MAX_AGENT_WORDS = 10;
    /** The most words, article included, of a description naming whoever spoke ("the gambling tycoon"). */
    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final Set<String> DESCRIPTION_ARTICLES = Set.of("the", "a", "an", "one", "another");
    private static final Pattern DESCRIPTION_WORD = Pattern.compile("[\\p{Ll}\\d][\\p{L}\\d'’-]*");
    /** French articles, which open a description even capitalised as a sentence's first word. */
    private static final Set<String> FRENCH_ARTICLES = Set.of("le", "la", "les", "l'", "un", "une", "des");
    /** Auxiliaries and modals: a phrase holding one is a clause (what was said), not who said it. */
    private static final Set<String> CLAUSE_VERBS = Set.of("would", "will", "could", "should", "can", "cannot",
            "may", "might", "must", "is", "are", "was", "were", "has", "have", "had", "does", "did", "won't",
            "wouldn't", "isn't", "wasn't", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "va",
            "vont", "peut", "peuvent", "doit", "doivent", "pourrait", "devrait", "ont", "avait", "avaient");
    /** Irregular past forms that are no present or participle too ("put", "set" are). */
    private static final String IRREGULAR_PAST = "(?:began|sought|took|went|made|gave|came|got|held|kept|left|led|met"
            + "|ran|saw|sat|stood|won|lost|brought|bought|thought|felt|found|became|chose|drew|drove|flew|grew"
            + "|knew|meant|paid|sent|shook|struck|threw|wore|broke|taught|caught|fought|spent|stuck|withdrew"
            + "|understood|said|told|wrote|spoke)";
    /**
     * A verb in the past after its subject's noun: "A Chinese official responded by saying", "Japan's central bank
     * ended a policy meeting on Friday by saying". Group 1 the word before it; nouns ending in "ed" are left out, and
     * so are participles before an agent, a place or a name ("a statement released by the Prime Minister's Office",
     * "people arrested at the camp", "a document titled White Paper").
     */
    private static final Pattern FINITE_PAST = Pattern.compile("([\\p{L}\\d’'.-]+)\\s+"
            + "(?!(?:hundred|need|speed|seed|breed|greed|shed|feed|creed|indeed|embed|proceed|succeed|exceed)\\b)"
            + "(?:(?:\\p{Ll}{2,}ed|" + IRREGULAR_PAST + ")\\b"
            + "(?!\\s+(?:by\\s+(?!\\p{Ll}+ing\\b)|at\\b|in\\b|from\\b|during\\b|under\\b|near\\b|to\\b|as\\b|\\p{Lu}))"
            // "sought to calm", "declined to comment": before "to", verbs that take an infinitive are finite.
            + "|(?:sought|tried|began|went|came|wanted|decided|refused|declined|failed|managed|attempted|hoped"
            + "|planned|agreed|vowed|continued|appeared|seemed)\\b(?=\\s+to\\b))");
    /**
     * Words after which a past form is a participle or an adjective, not the verb of the words before (so is any
     * word in "-ly": "the newly elected mayor").
     */
    private static final Set<String> NO_SUBJECT_BEFORE = Set.of("the", "a", "an", "his", "her", "its", "their",
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "not", "who",
            "that", "which", "and", "or", "but", "by", "of", "in", "on", "at", "for", "with", "as", "so", "well",
            "self", "long", "once", "le", "la", "les", "un", "une");
    private static final Set<String> VERB_ADVERBS = Set.of("also", "later", "then", "again", "still", "never",
            "often", "just", "already", "first");
    /**
     * "But he said", "Mais il a ajouté", "… donations, which he said were …": a conjunction, or a relative pronoun
     * that is the verb's object, before a pronoun is no part of whom it designates.
     */
    private static final Pattern CONJUNCTION_BEFORE_PRONOUN = Pattern.compile(
            "^(?i:but|and|or|so|yet|mais|et|puis|donc|which|whom)\\s+(?=(?i:he|she|il|elle)\\b)");
    /**
     * "a déclaré jeudi le ministre …", "a déclaré à cette occasion le ministre de la Santé", "a indiqué mardi soir à
     * l'AFP le porte-parole", "a déclaré avec émotion Lydia Mutyebele Ngoi": when, to whom and how it was said stands
     * between a French verb and its subject (folded text; before a name, {@link #skippedCircumstance} checks the
     * capital in the text as written).
     */
    private static final String CIRCUMSTANCES = "^(?:(?:(?:lundi|mardi|mercredi|jeudi|"
            + "vendredi|samedi|dimanche|hier|aujourd'hui|(?:ce|cet|cette)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|"
            + "samedi|dimanche|matin|soir|apres-midi|semaine))(?:\\s+(?:matin|soir|apres-midi))?|a\\s+cette\\s+occasion"
            // "a déclaré un peu plus tard le ministre de la Santé"
            + "|(?:un\\s+peu\\s+)?plus\\s+tard|peu\\s+apres|ensuite|encore|aussi|egalement|alors|enfin"
            + "|(?:a|au|aupres\\s+(?:de|du))\\s+(?:l'\\s*|la\\s+|le\\s+)?[\\p{L}-]+"
            + "|(?:avec|sans|sous)\\s+(?:couvert\\s+d')?[\\p{L}-]+|en\\s+[\\p{L}-]+ant)[\\s,]+)+";
    private static final Pattern LEADING_CIRCUMSTANCE = Pattern.compile(CIRCUMSTANCES
            + "(?=(?:le|la|les|l'|un|une|son|sa|ses|leur)\\b)");
    private static final Pattern LEADING_CIRCUMSTANCE_ANY = Pattern.compile(CIRCUMSTANCES);
    /** "He’s claiming that …": the verb contracted onto a pronoun. */
    private static final Pattern CONTRACTION = Pattern.compile("['’](?:s|d|ll)$");
    /** "de", "du", "de la", "d'" … before a complement, folded. */
    private static final String OF = "(?:de\\s+la\\s+|de\\s+l'\\s*|du\\s+|des\\s+|de\\s+|d'\\s*)";
    /** "Du côté du Standard de Liège, ", "Chez Renault, " opening a sentence: group 1 the side named. */
    private static final String SIDE = "(?:du\\s+cote\\s+" + OF + "|chez\\s+|au\\s+sein\\s+" + OF + ")";
    private static final Pattern SIDE_OPENING = Pattern.compile("\\s*" + SIDE + "([^,.;:!?]{2,60}?)\\s*,\\s*",
            Pattern.CASE_INSENSITIVE);
    /** "», a-t-on expliqué du côté de Brussels Airport.", ", a-t-on assuré chez Thalys.": the side after the verb. */
    private static final Pattern SIDE_AFTER = Pattern.compile("^\\s*[a-z]+\\s+(?:[a-z]+ment\\s+)?" + SIDE
            + "([^,.;:!?«»“”\"]{2,60}?)\\s*(?:[,.;:!?]|$)", Pattern.CASE_INSENSITIVE);
    /** "de", "du", "des", "d'", "of" between a noun and its complement. */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("de", "d'", "du", "des", "of");
    /** The articles after "de" before a complement: "de la RTBF", "de l'UEFA". */
    private static final Set<String> ARTICLES_AFTER_DE = Set.of("la", "l'");
    /**
     * "le Liégeois", "L'Anversoise", "la Néerlandaise", "le Fribourgeois de 51 ans": a definite article and a
     * capitalised demonym ending as demonyms do and place names seldom do ("l'Iran", "l'Ukraine" do not), perhaps
     * with an age; group 1 the article, group 3 a feminine ending, group 4 the age.
     */
    private static final Pattern DEMONYM_PERSON = Pattern.compile("(?:([Ll]e|[Ll]a)\\s+|[Ll]['’])\\s*\\p{Lu}\\p{Ll}+"
            + "(?:(ois|ais|ien)|(oise|aise|ienne))(\\s+de\\s+\\d+\\s+ans)?");
    /**
     * A kind after a definite article ending the text, folded ("l'agence de notation "): group 1 the kind, group 2
     * up to two words after it.
     */
    private static final Pattern INTRODUCTION = Pattern.compile("(?:^|\\s)(?:l'|le\\s|la\\s)\\s*(\\p{L}+)"
            + "((?:\\s+[\\p{L}'-]+){0,2})\\s*$");
    /** How far before a name its kind may stand: "l'agence de notation " before "Moody's". */
    private static final int MAX_INTRODUCTION_CHARS = 40;
    /** "The company", "l'entreprise", "la société"; not "the Calgary-based firm" (a capital): group 1 the kind. */
    private static final Pattern ORGANISATION_BY_KIND = Pattern.compile(
            "(?:[Tt]he|[Ll][ea]|[Ll]['’])\\s*(?:[\\p{Ll}-]+\\s+){0,2}(\\p{Ll}+)");
    /** "le quotidien " before "New York Post", "l'agence " before "Reuters": group 1 the kind. */
    private static final Pattern KIND_BEFORE_NAME = Pattern.compile(
            "\\s*(?:[Tt]he|[Ll][ea]|[Ll]['’])\\s*(\\p{Ll}+)\\s+");
    /** "le quotidien conservateur américain", "le parti d'opposition": the kind first, group 1, as French puts it. */
    private static final Pattern ORGANISATION_BY_KIND_FIRST = Pattern.compile(
            "(?:[Ll][ea]\\s+|[Ll]['’])(\\p{Ll}+)(?:\\s+(?:d['’]|de\\s+)?[\\p{Ll}-]+){1,3}");
    /**
     * A definite or demonstrative description of a person, matched folded: group 1 the determiner, group 2 the head
     * noun, after a few modifiers and before a complement ("the 39-year-old founder of Studiocomix Press", « ce père
     * de quatre enfants »).
     */
    private static final Pattern PERSON_DESCRIPTION = Pattern.compile("(the|this|le|la|l'|ce|cet|cette)\\s*"
            + "(?:[\\p{L}\\d'-]+,?\\s+){0,4}?"
            + "([\\p{L}\\d-]+)(?:\\s+(?:of|at|from|in|for|with|de|du|des|chez|a|au)\\s.*)?");
    /** How far before or after a name the words describing it are looked for. */
    private static final int MAX_DESCRIPTION_CHARS = 40;
    /** "the union's", "the company’s": group 1 the kind of organisation that owns what follows. */
    private static final Pattern ORGANISATION_POSSESSOR = Pattern.compile("(?:[Tt]he)\\s+(\\p{Ll}+)['’]s\\s");
    /** "Alberta-based", "Toronto-born": a capital that opens a description, not a name. */
    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}.]*-\\p{Ll}+");
    /** What ends a speaker phrase: "but", a relative, a participle taking its complement ("marching through"). */
    private static final Pattern PHRASE_TAIL = Pattern.compile(",?\\s+(?:but|who|whom|whose|because|although|"
            + "\\p{Ll}+ing\\s+(?:to|in|on|at|for|with|from|through|outside|near|about|against|into|across|along|"
            + "around|the|a|an|his|her|their|its))\\s.*$");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i:and|but|or|so|yet|mais|et|puis|donc)\\s+");
    /** An acronym of capitals opening a sentence, as the subject of its verb: "EDC declined …". */
    private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}{2,6})\\s+\\p{Ll}");
    /** Small words inside an organisation's name: "Bank of Canada", "Agence France-Presse". */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "du", "des", "la",
            "et");
    private static final Pattern OPENING_DETERMINER = Pattern.compile("(?:The|La|Le|L['’])\\s*");
    /** "one senior Democrat said", "another said": "one" and "another" bring in someone not named, as "a" does. */
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an", "one", "another", "un", "une");
    private static final Set<String> DEFINITE_ARTICLES = Set.of("the", "le", "la");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:[Tt]he|an?)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{L}+)");
    /** How far back a definite document ("the statement") is looked for where the article brought it in. */
    private static final int MAX_SENTENCES_TO_DOCUMENT = 10;
    private static final Set<String> INTRODUCING_DETERMINERS = Set.of("a", "an", "un", "une", "son", "sa", "ses",
            "his", "her", "its", "their", "leur");
    /** "a statement", "a written statement", "the company’s blog post": words between the determiner and the noun. */
    private static final int MAX_WORDS_TO_DOCUMENT_NOUN = 2;
    /** Prepositions and subordinators: a phrase opening with one is a piece of a clause, never a speaker. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("at", "in", "on", "of", "for", "from", "with", "by", "to",
            "into", "during", "after", "before", "when", "while", "if", "because", "although", "though", "since",
            "dans", "pour", "par", "avec", "sur", "chez", "lors", "pendant", "quand", "lorsque", "lorsqu", "si",
            "puisque", "au", "aux", "à");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "the", "un", "une", "a", "an",
            "son", "sa", "ses", "his", "her", "their", "its");

    private final Lexicons lexicons;
    private final RoleLinker roles;
    private final String raw;
    private final List<Person> people;
    private final List<Span> sentences;
    private final List<Span> quotations;
    private final List<Span> organisations;
    private final Set<Span> outlets;

    /**
     * @param quotations    the words inside quotation marks: a person named there is not whom a pronoun designates
     * @param organisations the names of organisations in the article, in text order
     * @param outlets       those of them that name a news outlet
     */
    SpeakerResolver(Lexicons lexicons, String raw, List<Person> people, List<Span> sentences, List<Span> quotations,
                    List<Span> organisations, Set<Span> outlets) {
        this.lexicons = lexicons;
        this.roles = new RoleLinker(lexicons);
        this.raw = raw;
        this.people = people;
        this.sentences = sentences;
        this.quotations = quotations;
        this.organisations = organisations;
        this.outlets = outlets;
    }

    /**
     * Resolves the phrase {@code raw[phrase)}, found at that place in the article, given the last speaker
     * named before it (null when none).
     */
    Optional<Resolution> resolve(Span phrase, Quote lastQuote) {
        String text = phrase.of(raw).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Words before the subject ("jeudi", "But" before "he") are skipped.
        Matcher conjunction = CONJUNCTION_BEFORE_PRONOUN.matcher(text);
        int circumstance = skippedCircumstance(text);
        int skipped = circumstance > 0 ? circumstance : conjunction.find() ? conjunction.end() : 0;
        if (skipped > 0) {
            return resolve(new Span(raw.indexOf(text, phrase.start()) + skipped, phrase.end()), lastQuote);
        }
        // "Keir Starmer, qui s'entretiendra avec … Emmanuel Macron, affirme": whoever the relative clause names,
        // the speaker is its antecedent.
        List<String> firstWords = words(text);
        if (!firstWords.isEmpty() && RELATIVES.contains(Folding.lowerMatchForm(firstWords.get(0)))) {
            Span antecedent = antecedent(phrase.start());
            return antecedent == null ? Optional.empty() : resolve(antecedent, lastQuote)
                    .or(() -> lastNounPhrase(antecedent).flatMap(noun -> resolve(noun, lastQuote)));
        }
        // "Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman of the subcommittee that handles Homeland
        // Security, said", "Nadia Jamil, principal researcher at Dixon Hall, says", "Lee Finell, Alberta-based health
        // education manager with Dairy Farmers of Canada, said": a description after a name is about that name,
        // whatever names it holds.
        // "Trump, whom he called a “con artist”": a pronoun is the subject itself, never an apposition.
        boolean pronoun = !firstWords.isEmpty() && lexicons.isPronoun(firstWords.get(0));
        // "Le ministre d'Emmanuel Macron a précisé": an article capitalised as a sentence's first word opens one too.
        boolean description = !firstWords.isEmpty() && (Character.isLowerCase(firstWords.get(0).charAt(0))
                && !pronoun || COMPOUND_ADJECTIVE.matcher(firstWords.get(0)).matches()
                || FRENCH_ARTICLES.contains(Folding.lowerMatchForm(firstWords.get(0))));
        // "plaide l'avocate de Yassin E., Saphia Foughar.": a person named as the complement of a noun of person is
        // not who speaks when a name in apposition follows.
        // "selon un proche d'Edouard Philippe": with no name after it, the phrase is someone of that person's.
        // "Le ministre d'Emmanuel Macron a précisé": a definite role of someone else's is held by whom the article
        // describes so, never by that someone; "un proche d'Edouard Philippe" is someone unnamed.
        boolean definite = !firstWords.isEmpty()
                && DEFINITE_ARTICLES.contains(Folding.lowerMatchForm(firstWords.get(0)));
        Optional<Resolution> person = description ? apposedPerson(phrase)
                .or(() -> namedAsComplement(phrase) ? nameApposedAfter(phrase)
                        .or(() -> (definite ? resolveRole(phrase, text) : Optional.<Resolution>empty())
                                .filter(role -> people.stream()
                                .filter(p -> p.name().equals(role.speaker().name()))
                                .noneMatch(p -> p.mentions().stream().anyMatch(phrase::overlaps))))
                        .or(() -> Optional.of(unnamed(phrase, text, "someone of the person's"))) : Optional.empty())
                .or(() -> resolveName(phrase))
                : pronoun ? resolveName(phrase) : resolveName(phrase).or(() -> apposedPerson(phrase));
        if (!pronoun) {
            person = person.or(() -> nameApposedAfter(phrase));
        }
        if (person.isPresent()) {
            return person;
        }
        // "Certes, concède-t-elle, …": before a verb whose pronoun follows it, the words are no subject; the pronoun
        // is.
        Matcher clitic = INVERTED_CLITIC_AFTER.matcher(raw).region(phrase.end(), raw.length());
        if (clitic.lookingAt()) {
            return resolve(new Span(clitic.start(1), clitic.end(1)), lastQuote);
        }
        Matcher latter = LATTER.matcher(Folding.lowerMatchForm(text));
        if (latter.lookingAt()) {
            Person.Gender gender = latter.group(1) != null ? Person.Gender.FEMININE
                    : latter.group(0).startsWith("ce") ? Person.Gender.MASCULINE : Person.Gender.UNKNOWN;
            Candidate lastNamed = mentionIn(0, phrase.start(), gender, true);
            return Optional.ofNullable(lastNamed).map(c -> new Resolution(new Speaker(c.person().name(), c.mention()),
                    0.75, "\"the latter\" → last person named"));
        }
        if (text.equalsIgnoreCase("it")) {
            // "It said": an organisation speaking, never a person: the one opening the sentence before, its subject
            // ("EDC declined to answer … about the Suncor policy. “…,” it said"), else the one named last.
            return organisationOpeningSentenceBefore(phrase)
                    .or(() -> organisationNamedLast(phrase, name -> true, 1, 0.6, "\"it\" → last organisation named"));
        }
        List<String> words = words(text);
        // "I want to …", "And I think his …": a first- or second-person pronoun opening the phrase names no one.
        if (words.stream().limit(2).anyMatch(w -> SPEAKING_PRONOUNS.contains(Folding.lowerMatchForm(w)))) {
            return Optional.empty();
        }
        if (words.size() == 1 && Folding.lowerMatchForm(words.get(0)).equals("on")) {
            return sideNamed(phrase);
        }
        String first = words.isEmpty() ? "" : CONTRACTION.matcher(Folding.lowerMatchForm(words.get(0))).replaceFirst("");
        if (POSSESSIVES.contains(first) && words.size() > 1 && words.size() <= MAX_RELATION_WORDS
                && namesSomeone(words.get(words.size() - 1))) {
            // "His father said", "Her spokesman said", "sa mère a raconté": someone of the person's, not the person.
            String relation = String.join(" ", words.subList(1, words.size()));
            Optional<Resolution> possessor = resolveTopic(phrase, FEMININE_PRONOUNS.contains(first)
                    ? Person.Gender.FEMININE : MASCULINE_POSSESSIVES.contains(first) ? Person.Gender.MASCULINE
                    : Person.Gender.UNKNOWN, true, lastQuote, "possessive");
            String name = possessor.map(r -> r.speaker().name() + "’s " + relation).orElse(text);
            return Optional.of(new Resolution(new Speaker(name, phrase), 0.6, "someone of the person's"));
        }
        if (lexicons.isPronoun(first) || POSSESSIVES.contains(first)) {
            // "il", "Il n'a pas manqué de", "he", "à ses yeux": only a singular pronoun stands for one speaker.
            Person.Gender gender = FEMININE_PRONOUNS.contains(first) ? Person.Gender.FEMININE
                    : MASCULINE_PRONOUNS.contains(first) ? Person.Gender.MASCULINE : Person.Gender.UNKNOWN;
            return PLURAL_PRONOUNS.contains(first) ? lastGroupSpeaking(phrase, lastQuote)
                    .or(() -> describedSubjectBefore(phrase, gender, true))
                    : resolveTopic(phrase, gender, gender != Person.Gender.UNKNOWN, lastQuote, "pronoun")
                    .or(() -> describedSubjectBefore(phrase, gender, false));
        }
        if (PLURAL_POSSESSIVES.contains(first)) {
            return Optional.empty();
        }
        // "a justice official said", "un responsable a indiqué": an indefinite phrase brings in someone not named, never
        // the minister the article named.
        boolean indefinite = INDEFINITE_ARTICLES.contains(first);
        // "Hillary Clinton’s right-hand woman rallied supporters, saying: “…”", "The Florida senator sought to calm
        // his supporters, saying": the subject ends before its verb; after the document's author is looked for
        // ("The town released a statement saying").
        Span beforeVerb = beforeFinitePast(phrase);
        boolean document = words.stream().anyMatch(lexicons::isDocumentNoun);
        if (beforeVerb != null && !document) {
            return resolve(beforeVerb, lastQuote);
        }
        // "le procureur militaire et l'avocat du commerçant ont estimé": two people who speak together are neither
        // of the people named before.
        if (COORDINATED_DESCRIPTIONS.matcher(Folding.lowerMatchForm(text)).matches()) {
            return Optional.of(unnamed(phrase, text, "phrase"));
        }
        if (!indefinite && (words.stream().anyMatch(lexicons::isRoleNoun) || !lexicons.roleClasses(text).isEmpty())) {
            Optional<Resolution> role = resolveRole(phrase, text);
            if (role.isPresent()) {
                return role;
            }
        }
        if (document) {
            Optional<Resolution> author = authorNamed(phrase, text, lastQuote);
            if (author.isPresent()) {
                return author;
            }
        }
        if (beforeVerb != null) {
            return resolve(beforeVerb, lastQuote);
        }
        // "le Liégeois avait confié à ses proches", "L'Anversoise a avoué": someone named by where they are from is
        // the person of that gender named last ("Le Parisien", an outlet, is not; organisations hold the outlets),
        // surely so with an age ("le Fribourgeois de 51 ans", though the recogniser took it for an organisation).
        Matcher demonym = DEMONYM_PERSON.matcher(text);
        if (demonym.matches() && (demonym.group(4) != null || organisations.stream().noneMatch(phrase::overlaps))) {
            Person.Gender gender = "la".equalsIgnoreCase(demonym.group(1)) || demonym.group(3) != null
                    ? Person.Gender.FEMININE : Person.Gender.MASCULINE;
            return resolveTopic(phrase, gender, true, lastQuote, "description");
        }
        Optional<Person.Gender> described = personDescribed(text);
        if (described.isPresent()) {
            // "le frère de la plaignante": someone of another person's, not the person the story is about.
            return describedAs(phrase, text, described.get())
                    .or(() -> relativeOfSomeone(text) ? Optional.of(unnamed(phrase, text, "phrase")) : Optional.empty())
                    .or(() -> resolveTopic(phrase, described.get(), true, lastQuote, "description"))
                    // "L’homme … a ainsi déclaré qu’il « … »" with no one of that gender named before: the man.
                    .or(() -> Optional.of(unnamed(phrase, text, "description, no one named before")));
        }
        // A phrase that names no person is a speaker only if it names an agent: a role, "sources", "the
        // government", or a proper name (an institution); "le récit qu'elle livre" is not one, nor is a clause
        // ("said Sinwar's appointment would not stop Israel": what was said, not who said it).
        // "requires staffers to promise": the words before an infinitive name whom it binds, not who speaks.
        if (words.size() > MAX_AGENT_WORDS || words.stream().anyMatch(w -> CLAUSE_VERBS.contains(Folding.lowerMatchForm(w)))
                || !words.isEmpty() && Folding.lowerMatchForm(words.get(words.size() - 1)).equals("to")) {
            return Optional.empty();
        }
        // A proper name inside the phrase makes it an agent only if the phrase opens with it or a determiner,
        // after an adverb at most: "the Security Council", "(note) aussi la Drees", not "contradicting Tulsa
        // police's earlier", "of RT" or "at the Dec. 13 meeting" (pieces of a clause).
        // "But to say that …": after a conjunction too.
        int opener = words.size() > 1 && LEADING_CONJUNCTION.matcher(words.get(0) + " ").lookingAt() ? 1 : 0;
        // "“We’re extremely happy” about the decision, said …": "about" before a determiner is a preposition, not the
        // "about" of "About four in 10 said".
        if (words.size() > opener && (CLAUSE_OPENERS.contains(Folding.lowerMatchForm(words.get(opener)))
                || words.size() > opener + 1 && Folding.lowerMatchForm(words.get(opener)).equals("about")
                && DETERMINERS.contains(Folding.lowerMatchForm(words.get(opener + 1))))) {
            return Optional.empty();
        }
        // "…, and Breitbart News responded:": what follows a conjunction may name the agent. "“…,” a friend said on
        // Facebook": someone of a kind the article does not name speaks.
        boolean someoneOfAKind = indefinite && words.stream().anyMatch(lexicons::isPersonNoun);
        if (!someoneOfAKind && !namesAgent(words) && !(opener > 0 && namesAgent(words.subList(opener, words.size())))) {
            return Optional.empty();
        }
        Optional<Resolution> organisation = organisationByKind(phrase, text).or(() -> kindThenName(phrase));
        if (organisation.isPresent()) {
            return organisation;
        }
        // "and sources familiar with the negotiations have said": the conjunction is no part of the name, nor what
        // follows "but", "who" or a participle ("a person familiar with the talks but unauthorized to speak
        // publicly", "Protesters marching through the streets"), unless one word would be left that is no speaker
        // noun ("those who back her opponents").
        String agent = LEADING_CONJUNCTION.matcher(text).replaceFirst("");
        String head = PHRASE_TAIL.matcher(agent).replaceFirst("");
        String name = fullName(stripDeterminer(head.strip().contains(" ") || lexicons.isSpeakerNoun(head.strip())
                ? head : agent));
        return Optional.of(new Resolution(new Speaker(name, phrase), 0.8, "phrase"));
    }

    /**
     * "“It was very nice,” the gambling tycoon told Reuters", "“…,” the 43-year-old asked": right after a quotation, a
     * description opening with an article names whoever spoke, though the lexicons know none of its nouns and no
     * person named before fits it. Its words are in lower case (a name would have been resolved), none is a
     * function word ("a nod to the front-runner") nor a document's noun ("the report said" speaks for its author).
     */
    Optional<Resolution> someoneDescribed(Span phrase) {
        String[] tokens = phrase.of(raw).strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > MAX_DESCRIPTION_WORDS
                || !DESCRIPTION_ARTICLES.contains(Folding.lowerMatchForm(tokens[0]))) {
            return Optional.empty();
        }
        for (int i = 1; i < tokens.length; i++) {
            if (!DESCRIPTION_WORD.matcher(tokens[i]).matches() || lexicons.isFunctionWord(tokens[i])
                    || lexicons.isDocumentNoun(tokens[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(new Resolution(new Speaker(phrase.of(raw).strip(), phrase), 0.5, "description"));
    }

    /**
     * "…, according to media trackers.", "…, according to an attendee.": after "according to" or "selon", a short
     * phrase names the source, though no lexicon knows its words; not a pronoun or a possessive (resolved, or no
     * one: "selon leur étude") nor a clause.
     */
    Optional<Resolution> sourceNamed(Span phrase) {
        String text = phrase.of(raw).strip();
        String[] tokens = text.split("\\s+");
        if (text.isEmpty() || tokens.length > MAX_DESCRIPTION_WORDS || lexicons.isPronoun(tokens[0])
                || POSSESSIVES.contains(Folding.lowerMatchForm(tokens[0]))
                || PLURAL_POSSESSIVES.contains(Folding.lowerMatchForm(tokens[0])) || java.util.Arrays.stream(tokens)
                .anyMatch(t -> CLAUSE_VERBS.contains(Folding.lowerMatchForm(t)))) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(new Speaker(text, phrase), 0.5, "source cited"));
    }

    /** The words of the phrase before a past verb that follows its noun, or null when it holds none. */
    private Span beforeFinitePast(Span phrase) {
        Matcher verb = FINITE_PAST.matcher(raw).region(phrase.start(), phrase.end());
        while (verb.find()) {
            String before = Folding.lowerMatchForm(verb.group(1));
            if (VERB_ADVERBS.contains(before)) {
                // "A spokeswoman for Janney also declined to comment": the adverb goes with the verb.
                int end = verb.start(1);
                while (end > phrase.start() && Folding.isSpace(raw.charAt(end - 1))) {
                    end--;
                }
                return end > phrase.start() ? new Span(phrase.start(), end) : null;
            }
            if (!NO_SUBJECT_BEFORE.contains(before) && !before.endsWith("ly")) {
                return new Span(phrase.start(), verb.end(1));
            }
        }
        return null;
    }

    /**
     * Whether the words of a phrase that names no person name an agent: a role or a speaker noun ("sources"), words
     * opening as a noun phrase with a proper name after ("the Security Council"), or a short proper name.
     */
    private boolean namesAgent(List<String> words) {
        boolean opensAsNoun = !words.isEmpty() && (Character.isUpperCase(words.get(0).charAt(0))
                || DETERMINERS.contains(Folding.lowerMatchForm(words.get(0)))
                || words.size() > 1 && DETERMINERS.contains(Folding.lowerMatchForm(words.get(1))));
        return words.stream().anyMatch(w -> lexicons.isRoleNoun(w) || lexicons.isSpeakerNoun(w))
                || opensAsNoun && words.stream().skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0)))
                || !words.isEmpty() && Character.isUpperCase(words.get(0).charAt(0)) && words.size() <= 4
                && !DETERMINERS.contains(Folding.lowerMatchForm(words.get(0)))
                // "Pourtant, dit Jérémy Defrize, …": a sentence's first word is capitalised, and an adverb names no one
                // ("Some said", "Those close to him" do).
                && !(words.size() == 1 && lexicons.isFunctionWord(words.get(0))
                && lexicons.isNonPersonWord(words.get(0)));
    }

    /**
     * "Lina Khatib, an expert at think-tank Chatham House, told …": a phrase that is an apposition to a person
     * named before it (only commas and words between them, in the same sentence) designates that person. The
     * apposition may hold commas of its own: "Will Young, a locomotive mechanic based in Kansas City, Mo., and an
     * organizer at Railroad Workers United, said".
     */
    private Optional<Resolution> apposedPerson(Span phrase) {
        // An apposition closes with a comma: in "… at both the FBI and the Justice Department, a former official
        // said." the words before the comma are what was said.
        int after = afterSpaces(phrase.end());
        if (after < raw.length() && raw.charAt(after) != ',') {
            return Optional.empty();
        }
        // "…nommé par Fleur Pellerin, les syndicats, « amers », déploraient": a plural is no apposition to one person.
        List<String> opening = words(phrase.of(raw));
        if (!opening.isEmpty() && PLURAL_DETERMINERS.contains(Folding.lowerMatchForm(opening.get(0)))) {
            return Optional.empty();
        }
        // The apposition lies in the phrase's sentence: "… anciennement Fraser Milner, le cabinet … en 1999. Selon
        // l'Agence du revenu du Canada," is not about Fraser Milner.
        int sentence = sentenceIndex(phrase.start());
        int sentenceStart = sentence < 0 ? 0 : sentences.get(sentence).start();
        int comma = phrase.start();
        for (boolean firstComma = true; ; firstComma = false) {
            // Back to the previous comma, over words only (the phrase may start inside the apposition).
            comma--;
            while (comma >= 0 && phrase.start() - comma <= MAX_APPOSITION_CHARS && raw.charAt(comma) != ','
                    && (Character.isLetterOrDigit(raw.charAt(comma))
                    || " .-'’\u00a0".indexOf(raw.charAt(comma)) >= 0)) {
                comma--;
            }
            // Never into a quotation: "« …, Mr. Schellenberg, … », the minister said" is not about Schellenberg.
            if (comma < sentenceStart || raw.charAt(comma) != ',' || phrase.start() - comma > MAX_APPOSITION_CHARS
                    || raw.substring(comma, phrase.start()).chars().anyMatch(c -> "\"“”«»".indexOf(c) >= 0)) {
                return Optional.empty();
            }
            // "Hagari, said Sinwar's appointment …": a speech verb after the comma ends the apposition.
            if (words(raw.substring(comma + 1, phrase.start())).stream().anyMatch(lexicons::isSpeechVerb)) {
                return Optional.empty();
            }
            for (Person person : people) {
                for (Span mention : person.mentions()) {
                    if (mention.end() == comma && !possessor(mention)) {
                        return Optional.of(new Resolution(new Speaker(person.name(), mention), 0.9, "apposition"));
                    }
                }
            }
            // "Gazprom, the Russian state energy giant, said": an organisation's apposition, a noun or participle
            // phrase right after its name, is about it too ("the North Surrey Arena, which has two rinks, according
            // to the city" is not, nor "the 100-seat Senate, have blocked …, saying").
            if (firstComma && opensAsApposition(phrase)) {
                for (Span name : organisations) {
                    if (name.end() == comma && !possessor(name)) {
                        return Optional.of(new Resolution(organisationSpeaker(name), 0.85, "apposition"));
                    }
                }
            }
        }
    }

    /** "the Russian state energy giant", "prepared for the National Retail Federation": a noun or participle phrase. */
    private boolean opensAsApposition(Span phrase) {
        List<String> words = words(phrase.of(raw));
        return !words.isEmpty() && (DETERMINERS.contains(Folding.lowerMatchForm(words.get(0)))
                || Character.isLowerCase(words.get(0).charAt(0)) && words.get(0).endsWith("ed"));
    }

    /**
     * What may stand between a phrase and the name in apposition after it: an acronym in brackets, the comma, and a
     * title of a word or two, group 1 ("le ministre de la Santé publique (Minsanté), Manaouda Malachie", "le
     * porte-parole de l'armée, le colonel Touré Seydou Albdoula Aziz").
     */
    private static final Pattern APPOSED_NAME_OPENING = Pattern.compile("\\s*(?:\\([^(),]{1,40}\\)\\s*)?,\\s*"
            + "(?:(?:le|la|l['’]|the)\\s*)?((?:\\p{Ll}[\\p{L}'’.-]*\\s+){0,2})");

    /**
     * "…,” says Campbell’s partner, Jason Louth.": a phrase followed by a comma and a person's name that ends the
     * sentence or its own apposition designates that person.
     */
    private Optional<Resolution> nameApposedAfter(Span phrase) {
        Matcher apposition = APPOSED_NAME_OPENING.matcher(raw).region(phrase.end(), raw.length());
        if (!apposition.lookingAt() || !words(apposition.group(1)).stream().allMatch(lexicons::isTitle)) {
            return Optional.empty();
        }
        int start = apposition.end();
        for (Person person : people) {
            for (Span mention : person.mentions()) {
                if (mention.start() == start && (mention.end() == raw.length()
                        || ".!?,;".indexOf(raw.charAt(mention.end())) >= 0)) {
                    return Optional.of(new Resolution(new Speaker(person.name(), mention), 0.85,
                            "name in apposition after"));
                }
            }
        }
        return Optional.empty();
    }

    /** "l'avocate de Yassin E.", "the wife of Mr. Gore": the person the phrase names completes a noun of person. */
    private boolean namedAsComplement(Span phrase) {
        Optional<Resolution> named = resolveName(phrase);
        return named.isPresent() && complementOfPersonNoun(phrase.start(), named.get().speaker().mention());
    }

    /**
     * Whether the words from {@code start} to a name end with a noun of person and "de", "du", "de la", "of" …:
     * "l'avocate de Yassin E.", "Le journaliste de la RTBF", "le nouvel entraîneur du Standard" describe someone
     * else than the name.
     */
    boolean complementOfPersonNoun(int start, Span name) {
        List<String> before = words(raw.substring(start, name.start()));
        int of = before.size() - 1;
        if (of >= 1 && ARTICLES_AFTER_DE.contains(Folding.lowerMatchForm(before.get(of)))
                && Folding.lowerMatchForm(before.get(of - 1)).equals("de")) {
            of--;
        }
        if (of < 1) {
            return false;
        }
        String preposition = Folding.lowerMatchForm(before.get(of));
        // The noun lists read "l'avocate" as "avocate"; lowerMatchForm writes "d’" as "d'".
        String noun = before.get(of - 1);
        return COMPLEMENT_PREPOSITIONS.contains(preposition)
                && (lexicons.isPersonNoun(noun) || lexicons.isRoleNoun(noun) || lexicons.isSpeakerNoun(noun));
    }

    /** The first offset from {@code at} that holds no space (the text's length when none does). */
    private int afterSpaces(int at) {
        while (at < raw.length() && Folding.isSpace(raw.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * "The company said", "l'entreprise a indiqué": an organisation designated by its kind is the organisation named
     * last in the phrase's sentence or the three before, outside quotations; else the one the article introduced
     * with that kind (`introducedAs`); else, for a kind of outlet, the outlet named last anywhere before.
     */
    private Optional<Resolution> organisationByKind(Span phrase, String text) {
        Matcher kind = ORGANISATION_BY_KIND.matcher(text);
        Matcher kindFirst = ORGANISATION_BY_KIND_FIRST.matcher(text);
        String noun = kind.matches() && lexicons.isOrganisationNoun(kind.group(1)) ? kind.group(1)
                : kindFirst.matches() && lexicons.isOrganisationNoun(kindFirst.group(1)) ? kindFirst.group(1) : null;
        if (noun == null) {
            return Optional.empty();
        }
        // The one named last within three sentences, else the one the article introduced by that kind; for
        // "l'hebdomadaire" or "le quotidien", the outlet named last, however far back.
        String how = "organisation by its kind → last organisation named";
        return organisationNamedLast(phrase, ofKind(noun), 3, 0.7, how).or(() -> introducedAs(noun))
                .or(() -> lexicons.isPressNoun(noun)
                        ? organisationNamedLast(phrase, ofKind(noun), sentences.size(), 0.6, how) : Optional.empty());
    }

    /**
     * "Du côté du Standard de Liège, on estime « … »", "Chez Renault, on assure que …": the side an impersonal "on"
     * speaks for, named at the start of its sentence, or after an inverted "on" and its verb ("a-t-on assuré chez
     * Thalys"); no one when none is.
     */
    private Optional<Resolution> sideNamed(Span on) {
        int sentence = sentenceIndex(on.start());
        if (sentence < 0) {
            return Optional.empty();
        }
        int start = sentences.get(sentence).start();
        Matcher side = SIDE_OPENING.matcher(Folding.foldInPlace(raw.substring(start, on.start())));
        Span named = side.matches() ? new Span(start + side.start(1), start + side.end(1)) : sideAfter(on, sentence);
        if (named == null) {
            return Optional.empty();
        }
        // "du côté de Brussels Airport": an organisation the recogniser cut short ("Airport") is the whole name.
        String name = stripDeterminer(named.of(raw));
        return organisationIn(named).filter(r -> stripDeterminer(r.speaker().mention().of(raw)).equals(name))
                .or(() -> resolveName(named))
                .map(r -> new Resolution(r.speaker(), 0.7, "the side \"on\" speaks for"))
                .or(() -> Optional.of(new Resolution(new Speaker(name, named), 0.6, "the side \"on\" speaks for")));
    }

    /** The side named after an inverted "on" and its verb in its sentence ("a-t-on assuré chez Thalys"), or null. */
    private Span sideAfter(Span on, int sentence) {
        Matcher after = SIDE_AFTER.matcher(Folding.foldInPlace(raw.substring(on.end(), sentences.get(sentence).end())));
        return after.find() ? new Span(on.end() + after.start(1), on.end() + after.end(1)) : null;
    }

    /**
     * "L'agence de notation Moody's a abaissé …. Selon l'agence, …": the one organisation the article introduces
     * with that kind right before its name (French puts it there), wherever it does; the words between the two
     * describe, they are no verb's ("de notation", not "a indiqué").
     */
    private Optional<Resolution> introducedAs(String noun) {
        String folded = Folding.lowerMatchForm(noun);
        Predicate<Span> kind = ofKind(noun);
        Span introduced = null;
        for (Span name : organisations) {
            int from = Math.max(0, name.start() - MAX_INTRODUCTION_CHARS);
            Matcher before = INTRODUCTION.matcher(Folding.lowerMatchForm(raw.substring(from, name.start())));
            if (!quoted(name) && kind.test(name) && before.find() && before.group(1).equals(folded)
                    && lexicons.describesKind(words(before.group(2)))) {
                if (introduced != null && !introduced.of(raw).equals(name.of(raw))) {
                    return Optional.empty();
                }
                introduced = name;
            }
        }
        return Optional.ofNullable(introduced).map(name -> new Resolution(organisationSpeaker(name), 0.75,
                "organisation by its kind → the one introduced as such"));
    }

    /**
     * The author a document phrase names: "Foster’s book" (a person's possessive), "a release sent to media from UFCW
     * Local 832 late Friday" (an organisation named in it), "the union's Friday release" (an organisation by its
     * kind, the one named last).
     */
    private Optional<Resolution> authorNamed(Span phrase, String text, Quote lastQuote) {
        Optional<Resolution> person = resolveName(phrase, true);
        if (person.isPresent()) {
            return person.map(p -> new Resolution(p.speaker(), 0.8, "author of the document"));
        }
        // "d’après le récit qu’elle livre au Monde", "the account she gave": the subject of its relative clause.
        Matcher relative = DOCUMENT_RELATIVE.matcher(Folding.foldInPlace(text));
        if (relative.find()) {
            int at = raw.indexOf(text, phrase.start()) + relative.start(1);
            Span pronoun = new Span(at, at + relative.group(1).length());
            String word = Folding.lowerMatchForm(relative.group(1));
            return resolveTopic(pronoun, FEMININE_PRONOUNS.contains(word) ? Person.Gender.FEMININE
                    : Person.Gender.MASCULINE, true, null, "author of the document");
        }
        for (Span name : organisations) {
            if (name.start() >= phrase.start() && name.end() <= phrase.end()) {
                return Optional.of(new Resolution(organisationSpeaker(name), 0.8,
                        "author of the document"));
            }
        }
        Matcher kind = ORGANISATION_POSSESSOR.matcher(text);
        if (kind.lookingAt() && lexicons.isOrganisationNoun(kind.group(1))) {
            return organisationNamedLast(phrase, ofKind(kind.group(1)), 3, 0.7,
                    "author of the document, an organisation by its kind");
        }
        List<String> words = words(text);
        return !words.isEmpty() && DEFINITE_ARTICLES.contains(Folding.lowerMatchForm(words.get(0)))
                ? authorOfDocumentBefore(phrase, words.stream().filter(lexicons::isDocumentNoun)
                .map(Folding::lowerMatchForm).toList(), lastQuote)
                : Optional.empty();
    }

    /**
     * "The Canadian Beverage Association said in a statement that …. The statement also said": a definite document
     * is the one the article brought in before ("a statement", "the company’s blog post"), and speaks for who was
     * named before it in that sentence, first.
     */
    private Optional<Resolution> authorOfDocumentBefore(Span phrase, List<String> nouns, Quote lastQuote) {
        int sentence = sentenceIndex(phrase.start());
        for (int previous = sentence - 1; previous >= 0 && sentence - previous <= MAX_SENTENCES_TO_DOCUMENT;
             previous--) {
            Span before = sentences.get(previous);
            int document = documentBroughtIn(before, nouns);
            if (document < 0) {
                continue;
            }
            Candidate person = mentionIn(before.start(), document, Person.Gender.UNKNOWN, false);
            Span organisation = organisations.stream()
                    .filter(name -> name.start() >= before.start() && name.end() <= document && !quoted(name))
                    .findFirst().orElse(null);
            if (person != null && (organisation == null || person.mention().start() < organisation.start())) {
                return Optional.of(new Resolution(new Speaker(person.person().name(), person.mention()), 0.7,
                        "author of the document named before"));
            }
            // "« … » a annoncé mercredi la Protection civile algérienne dans un communiqué. … selon le communiqué":
            // else whoever the quotation of that sentence was given to.
            Speaker quoted = lastQuote == null || lastQuote.speaker() == null
                    || !before.overlaps(lastQuote.speaker().mention()) ? null : lastQuote.speaker();
            return organisation != null ? Optional.of(new Resolution(organisationSpeaker(organisation), 0.7,
                    "author of the document named before"))
                    : Optional.ofNullable(quoted).map(who -> new Resolution(who, 0.6,
                    "author of the document, who was quoted with it"));
        }
        return Optional.empty();
    }

    /**
     * Where the sentence brings in a document of one of these nouns, as a noun after an indefinite article or a
     * possessive ("in a statement", "its report"; not "companies report all …", nor "the report says", which
     * refers back), or -1.
     */
    private int documentBroughtIn(Span sentence, List<String> nouns) {
        Matcher word = WORD.matcher(raw).region(sentence.start(), sentence.end());
        int sinceDeterminer = Integer.MAX_VALUE;
        while (word.find()) {
            String folded = Folding.lowerMatchForm(word.group());
            // In lower case: "The Washington Post reported" brought in no post.
            if (sinceDeterminer <= MAX_WORDS_TO_DOCUMENT_NOUN && Character.isLowerCase(word.group().charAt(0))
                    && nouns.contains(folded)) {
                return word.start();
            }
            sinceDeterminer = INTRODUCING_DETERMINERS.contains(folded) || CONTRACTION.matcher(folded).find() ? 0
                    : sinceDeterminer == Integer.MAX_VALUE ? sinceDeterminer : sinceDeterminer + 1;
        }
        return -1;
    }

    /**
     * The organisation that opens the sentence before the phrase's, as its subject: one the recogniser found, or an
     * acronym of capitals that is no place ("EDC declined …", not "U.S. officials …").
     */
    private Optional<Resolution> organisationOpeningSentenceBefore(Span phrase) {
        int sentence = sentenceIndex(phrase.start());
        if (sentence < 1) {
            return Optional.empty();
        }
        Span before = sentences.get(sentence - 1);
        int start = before.start();
        while (start < before.end() && Folding.isSpace(raw.charAt(start))) {
            start++;
        }
        Matcher opening = OPENING_DETERMINER.matcher(raw).region(start, before.end());
        int subject = opening.lookingAt() ? opening.end() : start;
        for (Span name : organisations) {
            if (name.start() == subject || name.start() == start) {
                return Optional.of(new Resolution(organisationSpeaker(name), 0.6,
                        "\"it\" → the organisation opening the sentence before"));
            }
        }
        Matcher acronym = ACRONYM.matcher(raw).region(start, before.end());
        return acronym.lookingAt() && !lexicons.isNonPersonWord(acronym.group(1))
                ? Optional.of(new Resolution(organisationSpeaker(new Span(acronym.start(1), acronym.end(1))), 0.5,
                "\"it\" → the acronym opening the sentence before"))
                : Optional.empty();
    }

    /** Whether a person or an organisation is named in the span, outside quotations. */
    boolean namesSomeoneIn(Span span) {
        return resolveName(span).isPresent() || organisationIn(span).isPresent();
    }

    /**
     * The first organisation named in the phrase, outside quotations; not a title the recogniser took for one ("Le
     * Premier ministre britannique veut …").
     */
    Optional<Resolution> organisationIn(Span phrase) {
        return organisations.stream().filter(name -> name.start() >= phrase.start() && name.end() <= phrase.end()
                && !quoted(name) && !lexicons.isTitle(name.of(raw))).findFirst()
                .map(name -> new Resolution(organisationSpeaker(name), 0.8, "organisation"));
    }

    /** An organisation named at {@code name}, under the fuller name the article gives it (`fullName`). */
    private Speaker organisationSpeaker(Span name) {
        return new Speaker(fullName(stripDeterminer(name.of(raw))), name);
    }

    /**
     * The article's fuller name for a name of one word: the acronym's (`expansion`), or for a kind written as a
     * name, the one organisation whose name opens with it ("la Fondation" is the "Fondation contre le cancer", "la
     * Ville" the "Ville de Montréal"; "Facebook" stays itself); for a speaker noun, the one nationality the article
     * gives it ("le gouvernement" is the "gouvernement malien"); else the name as it is.
     */
    private String fullName(String name) {
        if (name.isEmpty() || name.contains(" ")) {
            return name;
        }
        // "Le gouvernement a également déclaré" after "le gouvernement malien a exigé des preuves".
        if (!Character.isUpperCase(name.charAt(0))) {
            return lexicons.isSpeakerNoun(name) ? withNationality(name) : name;
        }
        if (name.chars().allMatch(Character::isUpperCase)) {
            return expansion(name);
        }
        if (!lexicons.isOrganisationNoun(name)) {
            return name;
        }
        String fuller = null;
        for (Span organisation : organisations) {
            String candidate = stripDeterminer(organisation.of(raw));
            if (candidate.startsWith(name + " ")) {
                if (fuller != null && !fuller.equals(candidate)) {
                    return name;
                }
                fuller = candidate;
            }
        }
        return fuller != null ? fuller : withNationality(name);
    }

    /**
     * The one name the article gives as the organisation noun and a nationality ("Commission européenne", which the
     * recogniser cuts at the adjective), else the noun as it is.
     */
    private String withNationality(String name) {
        String fuller = null;
        for (int at = raw.indexOf(name + " "); at >= 0; at = raw.indexOf(name + " ", at + 1)) {
            int from = at + name.length() + 1;
            int to = from;
            while (to < raw.length() && Character.isLowerCase(raw.charAt(to))) {
                to++;
            }
            String adjective = raw.substring(from, to);
            if ((at == 0 || !Character.isLetter(raw.charAt(at - 1))) && to > from
                    && (to == raw.length() || !Character.isLetter(raw.charAt(to)))
                    && lexicons.nationality(adjective) != null) {
                if (fuller != null && !fuller.equals(name + " " + adjective)) {
                    return name;
                }
                fuller = name + " " + adjective;
            }
        }
        return fuller == null ? name : fuller;
    }

    /**
     * The name the article spells out before the acronym in brackets, its capitalised words' initials spelling it
     * ("Export Development Canada (EDC)" for "EDC"), else the one organisation of the article whose words' initials
     * spell it, else the acronym as it is.
     */
    private String expansion(String acronym) {
        for (int bracket = raw.indexOf("(" + acronym + ")"); bracket > 0;
             bracket = raw.indexOf("(" + acronym + ")", bracket + 1)) {
            List<String> before = words(raw.substring(Math.max(0, bracket - MAX_APPOSITION_CHARS), bracket));
            StringBuilder initials = new StringBuilder();
            for (int first = before.size() - 1; first >= 0 && initials.length() < acronym.length(); first--) {
                String word = before.get(first);
                if (Character.isUpperCase(word.charAt(0))) {
                    initials.insert(0, word.charAt(0));
                } else if (!NAME_CONNECTORS.contains(word)) {
                    break;
                }
                if (initials.toString().equals(acronym)) {
                    return String.join(" ", before.subList(first, before.size()));
                }
            }
        }
        // "Le Parti socialiste condamne …", then "écrit le PS": else the one organisation of the article whose
        // words' initials spell it, all of them ("La République en Marche", LREM) or those no function word ("Fonds
        // monétaire international", FMI; "Organisation des Nations unies", ONU).
        String spelled = null;
        for (Span organisation : organisations) {
            String name = stripDeterminer(organisation.of(raw));
            List<String> nameWords = words(organisation.of(raw));
            List<String> contentWords = nameWords.stream().filter(w -> !lexicons.isFunctionWord(w)).toList();
            if (nameWords.size() >= 2
                    && (acronym.equals(initials(nameWords)) || acronym.equals(initials(contentWords)))) {
                if (spelled != null && !spelled.equals(name)) {
                    return acronym;
                }
                spelled = name;
            }
        }
        return spelled == null ? acronym : spelled;
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(Character.toUpperCase(word.charAt(0))));
        return initials.toString();
    }

    /**
     * "le quotidien New York Post", "l'agence Reuters", "the broadcaster CBC": an organisation's kind, then its
     * name, ending the phrase, is that organisation.
     */
    private Optional<Resolution> kindThenName(Span phrase) {
        for (Span name : organisations) {
            Matcher kind = name.start() > phrase.start() && name.end() == phrase.end()
                    ? KIND_BEFORE_NAME.matcher(raw).region(phrase.start(), name.start()) : null;
            if (kind != null && kind.matches() && lexicons.isOrganisationNoun(kind.group(1))) {
                return Optional.of(new Resolution(organisationSpeaker(name), 0.8, "organisation"));
            }
        }
        return Optional.empty();
    }

    /** The names an organisation noun may stand for: a news outlet's for "le quotidien", any other's else. */
    private Predicate<Span> ofKind(String noun) {
        return lexicons.isPressNoun(noun) ? outlets::contains : name -> !outlets.contains(name);
    }

    /**
     * The organisation of that kind named last in the phrase's sentence or the {@code sentencesBefore} before it,
     * sentences inside a quotation not counted.
     */
    private Optional<Resolution> organisationNamedLast(Span phrase, Predicate<Span> kind, int sentencesBefore,
                                                      double certainty, String how) {
        int sentence = sentenceIndex(phrase.start());
        // Sentences inside a quotation are the speaker's, not the reporter's: they are not counted.
        int first = sentence;
        for (int counted = 0; first > 0 && counted < sentencesBefore; ) {
            first--;
            counted += quotedSentence(sentences.get(first)) ? 0 : 1;
        }
        int from = sentence < 0 ? phrase.start() : sentences.get(first).start();
        Span last = null;
        for (Span name : organisations) {
            if (name.start() >= from && name.end() <= phrase.start() && !quoted(name) && kind.test(name)) {
                last = name;
            }
        }
        return Optional.ofNullable(last).map(name -> new Resolution(organisationSpeaker(name),
                certainty, how));
    }

    /**
     * A transcript's label in capitals ("PENCE", "WALLACE"): the person of the article whose surname it is, else
     * the label resolved as any phrase.
     */
    Optional<Resolution> resolveLabel(Span label, Quote lastQuote) {
        List<String> labelWords = words(label.of(raw));
        String surname = labelWords.isEmpty() ? "" : Folding.lowerMatchForm(labelWords.get(labelWords.size() - 1));
        for (Person person : people) {
            List<String> nameWords = words(person.name());
            if (!nameWords.isEmpty() && Folding.lowerMatchForm(nameWords.get(nameWords.size() - 1)).equals(surname)) {
                return Optional.of(new Resolution(new Speaker(person.name(), label), 0.9, "label"));
            }
        }
        return resolve(label, lastQuote);
    }

    /** The person named in the phrase, if one is: the first mention of a known person inside it. */
    Optional<Resolution> resolveName(Span phrase) {
        return resolveName(phrase, false);
    }

    /**
     * The person named in the phrase, if one is; with {@code possessive}, the owner named by a possessive too
     * ("Musk’s" in "Musk’s “production hell”").
     */
    Optional<Resolution> resolveName(Span phrase, boolean possessive) {
        Candidate first = null;
        for (Person person : people) {
            for (Span mention : person.mentions()) {
                if (mention.start() >= phrase.start() && mention.end() <= phrase.end()
                        && (possessive || !possessor(mention))
                        && (first == null || mention.start() < first.mention().start())) {
                    first = new Candidate(person, mention);
                }
            }
        }
        return Optional.ofNullable(first).map(c -> headOf(phrase, c)).map(c -> new Resolution(
                new Speaker(c.person().name(), c.mention()), 1.0, "name"));
    }

    /**
     * "Trump campaign spokeswoman Hope Hicks", "Clinton aide Huma Abedin": a name before a title and another
     * name qualifies the title; the name after it is the one the phrase designates.
     */
    private Candidate headOf(Span phrase, Candidate first) {
        Candidate head = first;
        for (Person person : people) {
            for (Span mention : person.mentions()) {
                if (mention.start() > head.mention().end() && mention.end() <= phrase.end()) {
                    String gap = raw.substring(head.mention().end(), mention.start());
                    List<String> between = words(gap);
                    if (!between.isEmpty() && between.size() <= MAX_QUALIFIED_ROLE_WORDS && gap.indexOf(',') < 0
                            && qualifiedTitle(between)) {
                        head = new Candidate(person, mention);
                    }
                }
            }
        }
        return head;
    }

    /** "father", "lawyer", "spokesman", "aides": a noun naming a person, or people, of some kind or office. */
    private boolean namesSomeone(String word) {
        return lexicons.isPersonNoun(word) || lexicons.isRoleNoun(word) || lexicons.isSpeakerNoun(word)
                && !lexicons.isOrganisationNoun(word) && !lexicons.isDocumentNoun(word);
    }

    /** How many characters of circumstance open the phrase before its subject, a determiner or a name; 0 if none. */
    private static int skippedCircumstance(String text) {
        String folded = Folding.foldInPlace(text);
        Matcher determined = LEADING_CIRCUMSTANCE.matcher(folded);
        if (determined.lookingAt()) {
            return determined.end();
        }
        Matcher any = LEADING_CIRCUMSTANCE_ANY.matcher(folded);
        return any.lookingAt() && any.end() < text.length() && Character.isUpperCase(text.charAt(any.end()))
                ? any.end() : 0;
    }

    /** "Sinwar's promotion": a name followed by 's names whose thing it is, not who speaks. */
    private boolean possessor(Span mention) {
        int at = mention.end();
        return at + 1 < raw.length() && (raw.charAt(at) == '\'' || raw.charAt(at) == '’')
                && (raw.charAt(at + 1) == 's' || raw.charAt(at + 1) == 'S')
                && (at + 2 == raw.length() || !Character.isLetter(raw.charAt(at + 2)));
    }

    /**
     * The person a singular pronoun or a description ("the rookie defenceman") stands for: the last speaker, unless a person named since then is the new
     * topic ("… le juge en chef Rossiter l'a même encouragée. Il a dit que …"); never one of the other gender.
     * The person named is the last one named before the pronoun in its own sentence, else the first one named in
     * the nearest sentence before that names anyone: its subject, as a reader takes it ("Katjavivi, one of
     * Geingob's friends, visited him. He said …" is Katjavivi).
     */
    private Optional<Resolution> resolveTopic(Span phrase, Person.Gender gender, boolean personOnly, Quote lastQuote,
                                              String designation) {
        int sentence = sentenceIndex(phrase.start());
        Candidate named = sentence < 0 ? null : mentionIn(sentences.get(sentence).start(), phrase.start(), gender, true);
        // "Asked what he would tell Mayor John Tory, he said": a pronoun of that gender before the person named in
        // the sentence stands for someone else, and so does this one.
        if (named != null && gender != Person.Gender.UNKNOWN && words(raw.substring(sentences.get(sentence).start(),
                named.mention().start())).stream().map(Folding::lowerMatchForm).anyMatch(w -> sameGender(w, gender))) {
            named = null;
        }
        for (int previous = sentence - 1; named == null && previous >= 0; previous--) {
            Span before = sentences.get(previous);
            named = mentionIn(before.start(), before.end(), gender, false);
            // "C'est vrai que Ron Jans est un inconnu. Après une carrière de joueur, il a entraîné Groningen,
            // Heereveen …. « … », rigole-t-il": a sentence whose subject is already the pronoun goes on about the
            // person named before it; those it names after the pronoun are not its subject.
            if (named != null && pronounSubject(before.start(), named.mention().start(), gender)) {
                named = null;
            }
        }
        if (named == null) {
            named = mentionIn(0, phrase.start(), gender, true);
        }
        Speaker lastSpeaker = lastQuote == null ? null : lastQuote.speaker();
        // "The agency told CTV News …. “…,” he said": he and she stand for people, never for a speaker unnamed.
        // "Le frère de la plaignante, lui, insiste sur le fait qu’elle est « très fatiguée ». « … », ajoute-t-il": or
        // for a person described but not named.
        boolean lastFits = lastSpeaker != null && lastSpeaker.mention().start() < phrase.start()
                && compatible(genderOf(lastSpeaker.name()), gender)
                && (!personOnly || personNamed(lastSpeaker.name()).isPresent()
                || words(lastSpeaker.name()).stream().limit(2).anyMatch(lexicons::isPersonNoun));
        // A person named after the last quotation but before its attribution ("“…” for Clinton, said Kunin. “…,”
        // she said") is no new topic: the speaker was named last.
        boolean newTopic = lastFits && named != null && named.mention().start() > lastQuote.span().end()
                && named.mention().start() > lastSpeaker.mention().end()
                && !named.person().name().equals(lastSpeaker.name());
        if (lastFits && !newTopic) {
            return Optional.of(new Resolution(lastSpeaker, 0.85, designation + " → last speaker"));
        }
        return named == null ? Optional.empty()
                : Optional.of(new Resolution(new Speaker(named.person().name(), named.mention()), 0.7,
                        designation + " → last person named"));
    }

    private record Candidate(Person person, Span mention) {
    }

    /** The last (or first) mention of a person of a compatible gender in [from, to), or null. */
    private Candidate mentionIn(int from, int to, Person.Gender gender, boolean last) {
        Candidate chosen = null;
        for (Person person : people) {
            if (!compatible(person.gender(), gender)) {
                continue;
            }
            for (Span mention : person.mentions()) {
                // The cheap tests first: the bracket and caption tests read the text around the mention.
                if (mention.start() >= from && mention.end() <= to && (chosen == null
                        || (last ? mention.start() > chosen.mention().start()
                        : mention.start() < chosen.mention().start()))
                        && !quoted(mention) && !bracketed(mention) && !inCaption(mention) && !attributive(mention)
                        && !aloneOnItsLine(mention)) {
                    chosen = new Candidate(person, mention);
                }
            }
        }
        return chosen;
    }

    /** How many sentences back a pronoun looks for a person described, when the article names no one. */
    private static final int MAX_SENTENCES_TO_DESCRIPTION = 2;
    /** Personal subject pronouns of a gender, and what turns French "il" impersonal ("il y a", "il faut"). */
    private static final Set<String> MASCULINE_SUBJECTS = Set.of("he", "il");
    private static final Set<String> FEMININE_SUBJECTS = Set.of("she", "elle");
    private static final Set<String> IMPERSONAL_AFTER_IL = Set.of("y", "faut", "fallait", "faudra", "s'agit",
            "s'agissait", "semble", "semblait", "reste", "restait", "est", "etait", "sera", "suffit", "parait");

    /** Whether a personal pronoun of the gender is a subject in [from, to). */
    private boolean pronounSubject(int from, int to, Person.Gender gender) {
        if (gender == Person.Gender.UNKNOWN) {
            return false;
        }
        Set<String> subjects = gender == Person.Gender.FEMININE ? FEMININE_SUBJECTS : MASCULINE_SUBJECTS;
        List<String> between = words(raw.substring(from, to)).stream().map(Folding::lowerMatchForm).toList();
        for (int i = 0; i < between.size(); i++) {
            if (subjects.contains(between.get(i))
                    && (i + 1 == between.size() || !IMPERSONAL_AFTER_IL.contains(between.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** English pronouns only: French "il" is also impersonal ("il faut"), "elle" any feminine noun. */
    private static boolean sameGender(String pronoun, Person.Gender gender) {
        return gender == Person.Gender.FEMININE ? pronoun.equals("she") || pronoun.equals("her")
                : pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his");
    }

    /**
     * "the Trump meeting", "a Sanders supporter": a name between an article and a noun qualifies the noun; the
     * sentence is not about that person, whom a pronoun after it does not mean.
     */
    private boolean attributive(Span mention) {
        Matcher before = ARTICLE_BEFORE.matcher(raw).region(Math.max(0, mention.start() - 5), mention.start());
        Matcher after = WORD_AFTER.matcher(raw).region(mention.end(), raw.length());
        return before.find() && after.lookingAt() && Character.isLowerCase(after.group(1).charAt(0))
                && !lexicons.isSpeechVerb(after.group(1));
    }

    /** "(Lauren Pelley / CBC News)": a name between brackets is a credit or an aside, not whom a pronoun means. */
    private boolean bracketed(Span mention) {
        int open = raw.lastIndexOf('(', mention.start());
        return open >= 0 && mention.start() - open <= MAX_APPOSITION_CHARS
                && raw.substring(open, mention.start()).chars().noneMatch(c -> c == ')' || c == '\n');
    }

    /**
     * "Mayor John Tory helped to hand out Thanksgiving dinner … (CBC)": a line ending with a credit between brackets
     * ("(CBC)", "(Muriel Draaisma/CBC)", "(The Canadian Press)") is a photo's caption, outside the story's thread.
     */
    private boolean inCaption(Span mention) {
        int end = raw.indexOf('\n', mention.end());
        String line = raw.substring(mention.end(), end < 0 ? raw.length() : end).strip();
        int open = line.lastIndexOf('(');
        if (!line.endsWith(")") || open < 0) {
            return false;
        }
        String credit = line.substring(open + 1, line.length() - 1);
        List<String> creditWords = words(credit);
        return !creditWords.isEmpty() && creditWords.size() <= 6 && (credit.contains("/")
                || creditWords.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))));
    }

    /**
     * A name that is the whole of its line is a byline, a signature or a section's label ("Charleroi Actu" above
     * the story), not someone the story's words are about.
     */
    private boolean aloneOnItsLine(Span mention) {
        int start = raw.lastIndexOf('\n', mention.start()) + 1;
        int end = raw.indexOf('\n', mention.end());
        String line = raw.substring(start, end < 0 ? raw.length() : end).strip();
        return line.length() <= mention.length() + 1 && line.startsWith(mention.of(raw));
    }

    /** Whether a sentence lies inside a quotation, its marks and final stop aside. */
    private boolean quotedSentence(Span sentence) {
        return insideQuotation(sentence.start() + MARK_SLACK, sentence.end() - MARK_SLACK);
    }

    private boolean quoted(Span mention) {
        return insideQuotation(mention.start(), mention.end());
    }

    /** Whether a quotation holds the text from {@code from} to {@code to}. */
    private boolean insideQuotation(int from, int to) {
        for (Span quotation : quotations) {
            if (quotation.start() <= from && to <= quotation.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Republicans say Democrats are just trying to distract the public. They say …": a plural pronoun stands for
     * the group that spoke in its sentence or the one before, and for no one else.
     */
    private Optional<Resolution> lastGroupSpeaking(Span phrase, Quote lastQuote) {
        if (lastQuote == null || lastQuote.speaker() == null
                || sentenceIndex(phrase.start()) - sentenceIndex(lastQuote.speaker().mention().start()) > 1) {
            return Optional.empty();
        }
        String name = lastQuote.speaker().name();
        List<String> words = words(name);
        String last = words.isEmpty() ? "" : Folding.lowerMatchForm(words.get(words.size() - 1));
        boolean group = personNamed(name).isEmpty() && (last.endsWith("s") || lexicons.isSpeakerNoun(last));
        return group ? Optional.of(new Resolution(lastQuote.speaker(), 0.7, "pronoun → last group speaking"))
                : Optional.empty();
    }

    /**
     * "campaign spokeswoman", "aide", "Senior Adviser": a title, no honorific ("did take Mr." is no role), after
     * words that qualify it.
     */
    private boolean qualifiedTitle(List<String> words) {
        String title = Folding.lowerMatchForm(words.get(words.size() - 1));
        return lexicons.isTitle(title) && !lexicons.isHonorific(title.replace(".", ""))
                && words.subList(0, words.size() - 1).stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
                || TITLE_QUALIFIERS.contains(Folding.lowerMatchForm(w)));
    }

    /**
     * A French verb, by its auxiliary, clitic or ending, where a subject's description ends (folded); not a noun in
     * -ement ("les membres du gouvernement multiplient").
     */
    private static final String VERB_START = "(?:(?:a|ont|avait|avaient|est|sont|etait|etaient|se|ne|qui|va|vont|doit"
            + "|doivent|\\p{L}+(?:(?<!em)ent|ait|aient))\\s|s'|n')";
    /**
     * A description as a sentence's subject, perhaps after a phrase: group 1 its determiner, group 2 its noun, group 3
     * the words that qualify the noun, up to the verb or a punctuation mark.
     */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("^(?:[^,;:]{1,120},\\s*)?"
            + "(le|la|l'|les|des|plusieurs|certains|certaines|de\\s+nombreux|de\\s+nombreuses)\\s*([\\p{L}-]+)"
            + "((?:\\s+(?!" + VERB_START + ")[\\p{L}'-]+){0,6}?)(?=\\s*[,;:(«\"“.!?]|\\s+"
            + VERB_START + ")");

    /**
     * "Quelques minutes après la fin du match, le sélectionneur ivoirien a été en conférence de presse. « … », a-t-il
     * déclaré", "la directrice générale du Fonds monétaire international (Fmi) s'est montrée rassurante. « … »,
     * a-t-elle dit", "plusieurs membres du gouvernement multiplient les visites de terrain. Ils saluent « … »": when
     * the article names no one a pronoun may stand for, whom a sentence just before describes as its subject, of the
     * pronoun's gender and number: a person, a role or a body.
     */
    private Optional<Resolution> describedSubjectBefore(Span phrase, Person.Gender gender, boolean plural) {
        int sentence = sentenceIndex(phrase.start());
        for (int previous = sentence - 1; previous >= 0 && sentence - previous <= MAX_SENTENCES_TO_DESCRIPTION;
             previous--) {
            Span before = sentences.get(previous);
            Matcher subject = DESCRIBED_SUBJECT.matcher(Folding.foldInPlace(before.of(raw)));
            if (subject.lookingAt() && describes(subject.group(1), subject.group(2), gender, plural)) {
                Span description = new Span(before.start() + subject.start(2), before.start() + subject.end(3));
                return Optional.of(new Resolution(new Speaker(description.of(raw), description), 0.5,
                        "pronoun → the one described before"));
            }
        }
        return Optional.empty();
    }

    /** Whether a determiner and a noun describe someone a pronoun of that gender and number may stand for. */
    private boolean describes(String determiner, String noun, Person.Gender gender, boolean plural) {
        boolean pluralDeterminer = !determiner.startsWith("l") || determiner.equals("les");
        if (pluralDeterminer != plural) {
            return false;
        }
        if (plural) {
            return lexicons.isSpeakerNoun(noun);
        }
        Person.Gender described = determiner.equals("la") || lexicons.isFeminineNoun(noun) ? Person.Gender.FEMININE
                : determiner.equals("le") || lexicons.isMasculineNoun(noun) ? Person.Gender.MASCULINE
                : Person.Gender.UNKNOWN;
        return compatible(described, gender) && (lexicons.isPersonNoun(noun) || lexicons.isRoleNoun(noun)
                || lexicons.isSpeakerNoun(noun));
    }

    private int sentenceIndex(int offset) {
        return Span.indexHolding(sentences, offset);
    }

    /** A definite article (folded), where a noun phrase opens. */
    private static final Pattern DETERMINER_WORD = Pattern.compile("(?<![\\p{L}'])(?:le|la|les|l')(?=[\\s\\p{L}])");

    /**
     * The last noun phrase of a clause, from its last determiner: in "La dizaine de cas … préoccupe la Santé publique,
     * qui appelle …" the antecedent is "la Santé publique".
     */
    private Optional<Span> lastNounPhrase(Span clause) {
        Matcher determiner = DETERMINER_WORD.matcher(Folding.foldInPlace(raw)).region(clause.start(), clause.end());
        int start = -1;
        while (determiner.find()) {
            start = determiner.start();
        }
        return start > clause.start() ? Optional.of(new Span(start, clause.end())) : Optional.empty();
    }

    /** The phrase a relative pronoun at {@code at} refers to: the words before it, back to the previous punctuation. */
    private Span antecedent(int at) {
        int end = at;
        while (end > 0 && (Folding.isSpace(raw.charAt(end - 1)) || raw.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > 0 && ",.;:!?«»“”\"()\n".indexOf(raw.charAt(start - 1)) < 0) {
            start--;
        }
        while (start < end && Folding.isSpace(raw.charAt(start))) {
            start++;
        }
        return start < end ? new Span(start, end) : null;
    }

    private Person.Gender genderOf(String name) {
        return personNamed(name).map(Person::gender).orElse(Person.Gender.UNKNOWN);
    }

    private Optional<Person> personNamed(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static boolean compatible(Person.Gender person, Person.Gender pronoun) {
        return person == Person.Gender.UNKNOWN || pronoun == Person.Gender.UNKNOWN || person == pronoun;
    }

    /** A description whose complement is itself a person: "le frère de la plaignante", "the victim's mother". */
    private boolean relativeOfSomeone(String text) {
        Matcher description = PERSON_DESCRIPTION.matcher(Folding.lowerMatchForm(text));
        return description.matches() && description.end(2) < text.length()
                && words(text.substring(description.end(2))).stream().anyMatch(lexicons::isPersonNoun);
    }

    /** Someone the phrase describes without naming, under the phrase's words. */
    private static Resolution unnamed(Span phrase, String text, String how) {
        return new Resolution(new Speaker(stripDeterminer(text), phrase), 0.7, how);
    }

    /**
     * The gender of the person a definite description designates ("the lanky, bespectacled professor", "the
     * 39-year-old founder of Studiocomix Press", "la chercheuse"), or empty when the phrase is no such description.
     */
    private Optional<Person.Gender> personDescribed(String text) {
        Matcher description = PERSON_DESCRIPTION.matcher(Folding.lowerMatchForm(text));
        if (!description.matches()) {
            return Optional.empty();
        }
        String head = description.group(2);
        if (!lexicons.isPersonNoun(head) && !head.endsWith("-year-old")) {
            return Optional.empty();
        }
        String determiner = description.group(1);
        return Optional.of(lexicons.isFeminineNoun(head) || determiner.equals("la") || determiner.equals("cette")
                ? Person.Gender.FEMININE
                : lexicons.isMasculineNoun(head) || determiner.equals("le") || determiner.equals("ce")
                || determiner.equals("cet") ? Person.Gender.MASCULINE
                : Person.Gender.UNKNOWN);
    }

    /**
     * "Pour le toxicologue, …" after "explique Antony Fastier, toxicologue, …" or "la toxicologue Dominique
     * Parent-Massin": the person last named before the phrase with its noun right before the name or in an
     * apposition right after it, of a compatible gender.
     */
    private Optional<Resolution> describedAs(Span phrase, String text, Person.Gender gender) {
        Matcher description = PERSON_DESCRIPTION.matcher(Folding.lowerMatchForm(text));
        if (!description.matches()) {
            return Optional.empty();
        }
        String noun = Pattern.quote(description.group(2));
        Pattern before = Pattern.compile("(?<![\\p{L}-])" + noun + "\\s+$");
        Pattern after = Pattern.compile("^\\s*,\\s*(?:(?:un|une|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" + noun
                + "(?![\\p{L}-])");
        Candidate latest = null;
        for (Person person : people) {
            if (!compatible(person.gender(), gender)) {
                continue;
            }
            for (Span mention : person.mentions()) {
                if (mention.end() <= phrase.start() && (latest == null || mention.start() > latest.mention().start())
                        && (before.matcher(Folding.lowerMatchForm(raw.substring(Math.max(0,
                        mention.start() - MAX_DESCRIPTION_CHARS), mention.start()))).find()
                        || after.matcher(Folding.lowerMatchForm(raw.substring(mention.end(), Math.min(raw.length(),
                        mention.end() + MAX_DESCRIPTION_CHARS)))).find())) {
                    latest = new Candidate(person, mention);
                }
            }
        }
        return Optional.ofNullable(latest).map(c -> new Resolution(new Speaker(c.person().name(), c.mention()), 0.75,
                "description → person so described"));
    }

    /**
     * The person a role phrase designates ({@link RoleLinker}), as a speaker: surer the more describing words they
     * share; a title holder, who shares none, is a guess.
     */
    private Optional<Resolution> resolveRole(Span phrase, String text) {
        return roles.link(text, phrase.start(), people).or(() -> roles.titleHolder(text, phrase.start(), people))
                .map(link -> new Resolution(new Speaker(link.person().name(), link.nearestMention()),
                        link.shared() == 0 ? 0.5 : Math.min(0.9, 0.6 + 0.1 * link.shared()), "role"));
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** "le ministère" → "ministère"; not "Le Soir", "L'Avenir": the article of a French title stays. */
    private static String stripDeterminer(String text) {
        if (TITLE_WITH_ARTICLE.matcher(text).lookingAt()) {
            return text;
        }
        Matcher m = LEADING_DETERMINER.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }
}
