package io.newstrace.core.quotes;

import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.QuoteKind;
import io.newstrace.core.model.Span;
import io.newstrace.core.model.Speaker;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.quotes.QuoteMarks.Quoted;
import io.newstrace.core.quotes.SpeakerResolver.Resolution;
import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds who said what in one article: quotations in marks (direct or partial) and reported speech (indirect),
 * each with its speaker when the text gives one. Cues, in the order they are tried for a quotation: an incise
 * after it ("», a-t-il déclaré", "», a ajouté le ministre", "," he said"), an incise inside it, a speech verb
 * before it in its sentence ("X a déclaré : « … »", "Selon X, « … »"), an incise opening the next paragraph, a
 * sentence ending with a colon just before it, and last the speaker of the quotation or reported speech just
 * before it (a quotation continued). Patterns run on a copy of the text folded character for character, so
 * every match is at the same offsets in the original.
 */
public final class QuoteExtractor {
    private static final String AUX = "(?:a|avait|aurait|ont|avaient|auraient|has|had|have)";
    /** A French object pronoun before an auxiliary, folded: "lui a répondu", "nous a confié", "m'a dit". */
    private static final String OBJECT_PRONOUN = "(?:(?:lui|leur|nous|vous|me|te)\\s+|[mt]'\\s*)?";
    /** "has said", "had told", "have said" ("Authorities have said officers …"): the auxiliary is no part of a subject. */
    private static final String PERFECT = "(?:has\\s+|had\\s+|have\\s+)?";
    /**
     * Adverbs between an auxiliary and its verb ("a également déclaré", "has repeatedly said"): adverbs only, so that
     * "a spokesman said Tuesday" is no French "a" before a verb and its inverted subject.
     */
    private static final String ADVERBS = "(?:(?:[a-z'-]+(?:ment|ly)|aussi|encore|deja|ensuite|enfin|alors|pourtant|"
            + "toutefois|cependant|neanmoins|donc|surtout|d'abord|meme|bien|ainsi|pas|plus|jamais|souvent|toujours|"
            + "d'ailleurs|also|since|long|already|"
            + "often|never|always|just|not|once|again|still)\\s+){0,2}?";
    /**
     * A French infinitive, folded, perhaps negated and with its object pronouns ("rester", "s'excuser", "l'aider",
     * "n'avoir plus"); group 1 is the verb, which {@link #isFrenchInfinitive} checks is no noun.
     */
    private static final Pattern FRENCH_INFINITIVE = Pattern.compile("(?:ne\\s+(?:(?:pas|plus|jamais|rien)\\s+)?"
            + "|n')?(?:(?:se|le|la|les|lui|leur|y|en|me|te|nous|vous)\\s+|[slmtn]')*([a-z]{2,}(?:er|ir|re|oir))\\b");
    /** Nouns in -er, -ir, -re and -oir that follow "à" or "de" most, and no lexicon lists: "d'hier", "à l'étranger". */
    private static final Set<String> NOT_INFINITIVES = Set.of("hier", "hiver", "soir", "espoir", "avenir", "plaisir",
            "desir", "etranger", "dossier", "quartier", "metier", "papier", "chantier", "atelier", "danger", "cancer",
            "janvier", "fevrier", "premier", "dernier", "chambre", "autre", "notre", "votre", "entre", "contre",
            "titre", "nombre", "lettre", "meurtre", "centre", "ordre", "offre", "cadre", "heure", "arriere",
            "frontiere", "carriere", "maniere", "matiere", "premiere", "derniere", "guerre", "terre", "pierre",
            "histoire", "memoire", "victoire", "territoire");
    /** The words that bring in a source: "selon X", "d'après X", "according to X" (folded). */
    private static final String ACCORDING_TO = "(?:selon|d'apres|according\\s+to)";
    /** A clause's end that cites its source: ", according to media trackers.", ", selon un participant.". */
    private static final Pattern CITING = Pattern.compile(",\\s*" + ACCORDING_TO + "\\s");
    /** A verb's conjunction ending the text: "The AP reported that". */
    private static final Pattern CONJUNCTION_ENDING = Pattern.compile("\\b(?:that|que|qu')\\s*$");
    /** A few words in quotation marks inside a description ("wearing … “Ted Cruz” campaign pins"). */
    private static final String QUOTED_NAME = "[\"“][^\"“”«»,;:!?]{1,40}[\"”]";
    /** Words whose dot abbreviates them: an honorific, a title or an initial. */
    private static final String ABBREVIATED = "\\b(?:m|mm|mr|mrs|ms|dr|mme|mlle|mgr|pr|st|sen|rep|gov|gen|lt|col|sgt|capt|"
            + "prof|rev|del|jr|sr|[a-z])";
    /**
     * A subject phrase: up to the first punctuation, and short; the dot of an honorific, a title or an initial does
     * not end it ("a affirmé M. Peskov", "said J. Smith", "said Rep. G.K. Butterfield", "Sen. Lindsey Graham told",
     * "said C. Stewart Verdery Jr., a senior …"); never a clause opening with "que" (", a indiqué que des
     * vérifications seraient faites").
     */
    private static final String SUBJECT = "((?!qu(?:e\\s|'))(?:[^,.;:!?«»“”\"()\\[\\]]|(?<=" + ABBREVIATED
            + ")\\.(?=\\s|,)"
            // Initials run together, "G.K.", but not a time, "3 a.m."
            + "|(?<=\\b[b-oq-z])\\.(?=[a-z]\\.)){2,90}?)";
    /**
     * Where a subject after its verb ends: punctuation, a bracket ("said Mr. Burman (a view …)"), a relative
     * pronoun (« lance L'Avenir qui voit dans le défunt un « homme d'excès … » »), a quotation mark (', a souligné
     * Jelle Van Damme sur "Standard TV".'), but not the dot of "said Mr. Burman", "said John D. Podesta"; when or
     * where it was said (', a déclaré Noureddine Taboubi au début d'une réunion du syndicat portant …').
     */
    private static final String SUBJECT_STOP = "\\s*(?:[,;:!?()]|(?<!" + ABBREVIATED + ")\\.|$|(?=[«“\"])"
            + "|(?=(?:au\\s+(?:cours|debut|terme|lendemain|sortir)|a\\s+l'issue|lors|pendant|devant)\\s)"
            + "|(?=(?:qui|who|dont|whose"
            + "|lequel|laquelle|lesquels|lesquelles|duquel|desquels|desquelles|auquel|auxquels|auxquelles)\\s))";
    /** "ce qu'a", "que nous ont" before a verb (folded): its object, relative, so its subject comes after it. */
    private static final Pattern RELATIVE_OBJECT_BEFORE = Pattern.compile("\\bqu(?:e|')\\s*"
            + "(?:(?:nous|vous|lui|leur|l')\\s*)?(?:(?:a|ont|avait|avaient)\\s*)?$");
    /** A comma right before a verb, which opens an incise (its own match takes the space before the verb). */
    private static final Pattern INCISE_COMMA_BEFORE = Pattern.compile(",\\s*" + AUX + "?$");
    /** A subject after its verb that opens with a determiner: "un responsable de la défense"; group 1 its noun. */
    private static final Pattern DETERMINED_SUBJECT_AFTER = Pattern.compile("\\s*(?:un|une|le|la|les|l'|des)\\s*"
            + "(?:haut\\s+|haute\\s+|hauts\\s+|ancien\\s+|ancienne\\s+)?([\\p{L}-]+)");
    /** A verb's subject right after it: group 1. */
    private static final Pattern SUBJECT_AFTER_VERB = Pattern.compile("\\s*" + SUBJECT + SUBJECT_STOP);
    /** An aside between commas, then a subject ("sur Twizz radio, Mischael Modrikamen."): group 1 the subject. */
    private static final Pattern ASIDE_THEN_SUBJECT = Pattern.compile("\\s*[^,.;:!?«»“”\"]{1,60},\\s*" + SUBJECT
            + SUBJECT_STOP);
    /** "- Bernie Sanders.", "-Michelle Marks, Philadelphia.": a paragraph of its own signing the quotation before. */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*[―—–-]\\s*" + SUBJECT
            + "(?:,[^.;:!?«»“”\"]{1,60})?[\\s.]*");
    /**
     * A name's possessive or "his" right before a quotation mark: group 1 the name, group 2 the pronoun ("her" may be
     * an object: "Trump called her “nasty”").
     */
    private static final Pattern POSSESSOR_BEFORE = Pattern.compile("(?:\\b(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})"
            + "['’]s?|\\b([Hh]is))\\s*$");
    private static final int MAX_POSSESSOR_CHARS = 60;
    /** How far into its sentence a name may open it as its subject. */
    private static final int MAX_OPENING_SUBJECT_CHARS = 100;
    /** The most words of an attribution sentence between two quotations ("," said Sen. Lindsey Graham. "). */
    private static final int MAX_ATTRIBUTION_WORDS = 25;
    private static final Pattern LEADING_CLOSER = Pattern.compile("^[\\s,.!?…]*(?:[\"”»«’']+[\\s,]*)*");
    /** A sentence opening with a definite description: "The Florida senator sought to …". */
    private static final Pattern DEFINITE_OPENING = Pattern.compile("(?:the|this)\\s+\\p{L}");
    /**
     * A clause opening with a singular personal pronoun, its subject: group 1 the pronoun ("Lui non plus n'a « … »":
     * a stressed pronoun opening the clause is its subject).
     */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:but\\s+|and\\s+|mais\\s+|et\\s+)?"
            + "(he|she|il|elle|lui|celui-ci|celle-ci|ce\\s+dernier|cette\\s+derniere)\\s");
    private static final Pattern TRAILING_PROGRESSIVE = Pattern.compile("\\s+(?:is|are|was|were|has\\s+been|have\\s+been|"
            + "had\\s+been)\\s*$");
    /** The marks that may close a quotation ("«" where a page reverses its guillemets). */
    private static final String CLOSING_MARKS = "»”“›\"«";
    /** "Le frère de la plaignante, lui,": a subject repeated by a stressed pronoun between commas, group 1. */
    private static final Pattern DISLOCATED_SUBJECT = Pattern.compile("\\s*([^,.;:!?«»“”\"]{2,80}?)"
            + "(?<!\\b(?:s'est|s'etait|est|etait|a|avait|ont|avaient|sont)),\\s*(?:lui|eux|elle|elles)"
            + "(?:\\s+aussi|\\s+non\\s+plus)?\\s*,");
    /** What may stand between a quotation's last word and the end of its sentence: a space, a mark, a space. */
    private static final int MARK_AND_SPACE = 3;
    /** An auxiliary ending a subject before an aside: "le chef de la diplomatie américaine avait". */
    private static final Pattern TRAILING_AUXILIARY = Pattern.compile("\\s+" + AUX + "$");
    /** A clause part opening with an English participle: "citing unnamed sources", "speaking on condition …". */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("\\s*[a-z]{2,}ing\\s");
    /** "que" or "qu'" after "pour" (folded): "Pour que les otages puissent …," is a purpose, not a view. */
    private static final String PURPOSE = "qu(?:e\\b|['’])";
    /**
     * Whose view a sentence opens with ("Pour X,", "Selon X,"): group 1 that one, before a comma; not a purpose
     * ("Pour que les otages puissent garder la vie sauve, …").
     */
    private static final String VIEW_HOLDER = "(?!" + PURPOSE + ")((?:[^,.;:!?«»“”\"()]"
            // "Pour M. Vanackere,": an abbreviation's dot.
            + "|(?<=" + ABBREVIATED + ")\\.(?=\\s)){2,80}?)"
            // "Pour Pierre Gielen (Ecolo), « … »": a party or a place in brackets may follow the name.
            + "(?:\\s*\\([^(),]{1,40}\\))?\\s*,\\s*";
    /**
     * "Pour Jan Hamáček, cette attitude est méprisante …", "Mais pour le toxicologue, les agences …": a French
     * sentence opening with the one whose view it gives; group 1 that one, before a comma.
     */
    private static final Pattern FOR_WHOM_OPENING = Pattern.compile("^\\s*(?:mais\\s+|et\\s+)?pour\\s+"
            + VIEW_HOLDER);
    /** A word as written, accents and elisions included. */
    private static final Pattern WRITTEN_WORD = Pattern.compile("[\\p{L}'’-]+");
    /** An auxiliary opening an incise: "a-t-il dit", "a déclaré X". */
    private static final Pattern AUX_WORD = Pattern.compile(AUX + "(?:-t-\\p{L}+)?", Pattern.CASE_INSENSITIVE);
    /** "-t-il", "-elle" after a verb put before its pronoun ("affirme-t-elle", "dit-il"). */
    private static final Pattern INVERTED_PRONOUN = Pattern.compile("(?:-t)?-(?:il|elle|ils|elles|on)$",
            Pattern.CASE_INSENSITIVE);
    /** A plural pronoun or possessive, folded: the words that follow are a group's. */
    private static final Pattern PLURAL_WORD = Pattern.compile("\\b(?:ils|elles|leurs?|nous|they|their|we|our)\\b");
    /** A verb by which a speaker adds to what was said before (folded): "a ajouté", "added". */
    private static final Pattern ADDITION = Pattern.compile("\\b(?:ajoute|ajoutait|added|adds)\\b");
    /** What a paragraph holds before a quotation set as a subhead: its opening mark and spaces. */
    private static final Pattern OPENING_MARKS_ONLY = Pattern.compile("[\\s\\u00A0\\u202F«“\"‘‹]*");
    /** The fewest words of a subhead quotation found again in the text. */
    private static final int MIN_SUBHEAD_WORDS = 3;
    /** The most words of a quotation set as a subhead. */
    private static final int MAX_SUBHEAD_WORDS = 20;
    /** The most words after a quotation set apart in its paragraph: "« Peu de garanties » sur l'emploi". */
    private static final int MAX_SUBHEAD_TAIL_WORDS = 3;
    /** The verb by which an outlet reports (folded): "a rapporté l'agence", "the Post reported". */
    private static final Pattern OUTLET_REPORTING = Pattern.compile("\\b(?:rapport|report)");
    /**
     * "« … » Cette petite phrase d'Arnaud Montebourg, au Wall Street Journal, …", "These remarks by …": after a
     * quotation, its words named as someone's (folded).
     */
    private static final Pattern WORDS_OF = Pattern.compile("^[\\s,.]*(?:cette|ces|ce|this|these|those)\\s+"
            + "(?:[a-z-]+\\s+)?(?:phrase|propos|declarations?|remarques?|mots|paroles|confidences?|remarks|comments"
            + "|words|statements?)\\s+(?:de\\s+|d'|du\\s+|des\\s+|of\\s+|by\\s+)" + SUBJECT + SUBJECT_STOP);
    /**
     * A subject, then an auxiliary and a past participle ("a dénoncé", "has criticized"; not the article of "a
     * victory speech"), its object, then "et" or "and": group 1 the subject (folded).
     */
    private static final Pattern COORDINATED_VERB_PHRASE = Pattern.compile("\\s*(\\S.*?)\\s+(?:(?:a|avait|ont|avaient)"
            + "\\s+(?!(?:une|des|du|le|la|les|un|ce|cette|ses|son|sa|leur)\\s)[a-z]+(?:e|i|u|is|it|es|ts)"
            + "|(?:has|had|have)\\s+[a-z]+(?:ed|en|ne|wn|id|ld|ht))\\s.*\\s(?:et|and)\\s*");
    /** A clause of only a conjunction before its verb: ", et a déclaré", ", and said". */
    private static final Pattern CONJUNCTION_ONLY = Pattern.compile("\\s*(?:et|and)\\s*");
    /**
     * The first finite verb of a clause, after its subject: "s'est", "ont", "is", "has" …; not a bare "a", which
     * folded text cannot tell from "à" ("le directeur de l'école à Liège").
     */
    private static final Pattern FINITE_VERB = Pattern.compile("\\s(?:(?:ne\\s+|n')?(?:s'|se\\s+)"
            + "(?:a|avait|est|etait|sont|etaient)|(?:ne\\s+|n')?(?:avait|ont|avaient|est|etait|sont|etaient)"
            + "|has|had|have|is|was|were)\\s");
    /** How many words a surname standing alone may have ("Van Damme"). */
    private static final int MAX_SURNAME_WORDS = 2;
    /** Words in brackets ending a phrase: "(Montpellier)", "(PS)". */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*$");
    /** How many phrases between commas may open a sentence before its subject. */
    private static final int MAX_OPENING_PHRASES = 2;
    /** The share of a subhead's words a quotation below must hold to be the one it repeats. */
    private static final double MIN_SHARED_SUBHEAD_WORDS = 0.75;
    /** A preposition ending the text, folded ("de", "de la", "d'", "à", "of", "to" …): what follows is its object. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?:^|[\\s'])(?:de|du|des|d'|a|au|aux|pour|par"
            + "|avec|contre|sur|chez|of|for|with|by|to|from|about|against|at)\\s*(?:la\\s+|l'\\s*)?$");
    /**
     * A statement of someone's and what it said (folded): "l'annonce d'Emmanuel Macron selon laquelle", "les
     * accusations de Kiev selon lesquelles"; group 1 whose it is.
     */
    private static final Pattern STATEMENT_SAYING = Pattern.compile("\\b(?:annonce|affirmation|declaration"
            + "|accusation|allegation|assurance|avertissement|promesse|information)s?\\s+(?:d'|de\\s+|du\\s+|des\\s+)"
            + SUBJECT + "\\s+selon\\s+(?:laquelle|lequel|lesquelles|lesquels)\\s+");
    /** How a French past participle ends, as written. */
    private static final Pattern PAST_PARTICIPLE_END = Pattern.compile("é(?:e|s|es)?$");
    /** Only a conjunction between two verbs (folded). */
    private static final Pattern COORDINATION_ONLY = Pattern.compile("\\s*(?:et|puis|and)\\s+");
    /** The quotation marks, as written. */
    private static final String QUOTATION_MARKS = "«»“”\"";
    /** Words between quotation marks, as written: group 1 the words. */
    private static final Pattern QUOTED_WORDS = Pattern.compile("[«“\"]([^«»“”\"]+)[»”\"]");
    /** A sentence opening with whose view or words it gives: "Pour X, …", "Selon X, …", "According to X, …". */
    private static final Pattern VIEW_OPENING = Pattern.compile("^\\s*(?:mais\\s+|et\\s+|car\\s+|but\\s+)?(?:pour|"
            + ACCORDING_TO + ")\\s+" + VIEW_HOLDER);
    /**
     * Words of a finite verb, in a part of a sentence between commas: "les niveaux … étaient alarmants" is a clause,
     * "une organisation de défense de la nature marine" an apposition. Read in the text as written: folded, "à" is
     * "a".
     */
    private static final Pattern FINITE_VERB_WORD = Pattern.compile("\\b(?:est|sont|était|étaient|sera|seront|serait"
            + "|seraient|fut|a|ont|avait|avaient|aura|auront|aurait|auraient|doit|doivent|devrait|devraient|peut"
            + "|peuvent|pourrait|pourraient|va|vont|fait|font|reste|restent|semble|semblent|ne|n['’])(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A French subject pronoun opening a clause, which no apposition opens with ("Pour lui, il s'agit …"). */
    private static final Pattern CLAUSE_SUBJECT_OPENING = Pattern.compile(
            "\\s*(?:il|elle|ils|elles|on|nous|vous|je|j['’]|c['’]|cela|ça)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** The most words an apposition after a name is taken to hold. */
    private static final int MAX_APPOSITION_WORDS = 14;
    /** "The two lawmakers, however, argue that …": an adverb between commas is no subject. */
    private static final Pattern INTERJECTED_ADVERB = Pattern.compile("\\s*(?:however|though|meanwhile|too|also|"
            + "instead|moreover|nonetheless|nevertheless|in turn|in fact|of course|for (?:his|her|its|their) part|"
            + "pour sa part|quant a (?:lui|elle)|de son cote|toutefois|cependant|pourtant|en revanche|lui aussi|"
            + "elle aussi)\\s*");
    /** An honorific, title or initial just before a dot: "Mr.", "Sen.", "J." */
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile(ABBREVIATED + "$");
    /** The first preposition or time word after a subject's head; an initial is no preposition ("Julie A. Diaz"). */
    private static final Pattern SUBJECT_END = Pattern.compile(
            "\\s+(?:lors|dans|devant|au cours|a l'issue|a la suite|pendant|apres|avant|depuis|mercredi|lundi|mardi|"
                    + "jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|in|at|on|during|after|before|when|while|"
                    + "to|a|au|aux|en|sur|par|dans|que|qu'|that)\\b(?!\\.).*$");
    /**
     * A name and appositions, each ending with its comma, with no clause among them ("who", "which", "that" …) and
     * no quotation: "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper,".
     */
    private static final Pattern APPOSITION_CHAIN = Pattern.compile("\\s*(?:(?!'')[^,“”\"«»]){2,60},(?:(?!\\s*(?:who|"
            + "whom|whose|which|that|qui|que|dont|when|while|as|after|before|if)\\b)(?:(?!'')[^,“”\"«»]){2,90},){1,2}\\s*");
    private static final Pattern SUBORDINATOR = Pattern.compile("\\b(?:after|when|because|while|since|although|that|"
            + "if|apres que|quand|lorsque|lorsqu'|puisque|parce que|parce qu'|alors que|alors qu'|tandis que|"
            + "tandis qu'|bien que|bien qu'|si|dont)\\s+|\\bs'(?=ils?\\s)");
    /** A condition opening the clause of a speech verb (folded): "si elle estime que", "if he says that". */
    private static final Pattern HYPOTHESIS = Pattern.compile("\\b(?:si|if|unless)\\s|\\bs'ils?\\s");
    /** Quoted words set between commas: ", « amers »,". */
    private static final Pattern QUOTED_ASIDE = Pattern.compile(",?\\s*«[^«»]{1,40}»\\s*,?");
    /** A phrase of time opening a sentence, folded: "Après la remise du rapport …,", "During the debate,". */
    private static final Pattern CIRCUMSTANCE_OPENING = Pattern.compile("(?:apres|avant|depuis|pendant|lors|durant"
            + "|after|before|during|since)\\s");
    /** "Asked what he would tell Toronto Mayor John Tory …,": words after a verb that open what was asked, no subject. */
    private static final Pattern QUESTION_OPENING = Pattern.compile("(?:what|how|why|whether|where|when|which|who|whom|"
            + "about|if|comment|pourquoi|quand|ou|si|ce\\s+qu)\\b");
    /** Verbs that never open a clause after the conjunction "that", only after the relative pronoun. */
    private static final Set<String> RELATIVE_CLAUSE_VERBS = Set.of("have", "has", "had", "is", "are", "was", "were",
            "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did");
    /** A clause that sets one statement against the main clause's: "While some critics say …, X says …". */
    private static final Pattern CONTRASTING_OPENING = Pattern.compile("\\s*(?:but\\s+|mais\\s+)?(?:while|whereas|"
            + "although|though|even\\s+as|alors\\s+que|alors\\s+qu'|tandis\\s+que|tandis\\s+qu'|si)\\s+");
    /** Conjunctions of concession: "although he tweeted that", "alors que". */
    private static final String CONCESSION = "(?:although|though|whereas|even\\s+though|alors\\s+que|tandis\\s+que|"
            + "bien\\s+que)";
    /** A concession or a contrast opening a clause: "though he did not name any", "alors que". */
    private static final Pattern ASIDE_OPENING = Pattern.compile("(?:while|even\\s+as|" + CONCESSION
            + "|alors\\s+qu'|tandis\\s+qu'|bien\\s+qu')\\s+");
    /** A comma ending the text, perhaps inside a quotation closed there ("on MSNBC's “Morning Joe,”"). */
    private static final Pattern COMMA_BEFORE = Pattern.compile(",[\"”»’']?\\s*$");
    /** "Asked if …,", "When asked whether …,": a question opening the sentence, put to its subject. */
    private static final Pattern ASKED_OPENING = Pattern.compile("\\s*(?:when\\s+)?asked\\b");
    /** ", who said …": a relative clause after its antecedent. */
    private static final String RELATIVE_OPENING = ", who ";
    /** "… and said that": a conjunction ending the text, before a second verb of the same subject. */
    private static final Pattern CONJUNCTION_BEFORE = Pattern.compile("\\s(?:and|but|et|mais)(?:\\s+also|\\s+aussi)?$");
    /** A comma that may end a clause: not one between digits ("3,000"). */
    private static final Pattern CLAUSE_COMMA = Pattern.compile("(?<!\\d),|,(?!\\d)");
    /**
     * ", and he noted that", " — but Smith said", "; et il a ajouté", ", although he tweeted that": where a second
     * clause with a subject may begin.
     */
    private static final Pattern COORDINATION = Pattern.compile("(?:,|;|\\s[—–-])\\s*(?=(?:and|but|et|mais|"
            + CONCESSION + ")\\s)");
    /** A French past participle as written: "accusé", "appelés". */
    private static final Pattern PARTICIPLE_ENDING = Pattern.compile("ée?s?$");
    /** "le juge Bocock estime": after a determiner, "juge" is a noun, not the verb juger. */
    private static final String NOT_AFTER_DETERMINER = "(?<!\\b(?:le|la|les|un|une|du|des|au|aux|ce|cet|cette|ces|the"
            + "|this|these)\\s)(?<!\\bl')";
    /**
     * Not after a reflexive pronoun: "L'enquête … se poursuit", "cela s'explique par" are no speech; the pronominal
     * speech verbs are forms of their own ("se dit", "s'est félicité").
     */
    private static final String NOT_REFLEXIVE = "(?<!\\bse\\s)(?<!\\bs')";
    /**
     * "Ginsburg’s comments", "the Clintons' statements": a name's possessive before a noun; not a pronoun's contracted
     * verb ("He’s claiming that …").
     */
    private static final String POSSESSIVE_BEFORE = "(?<!\\b(?!(?i:he|she|it|that|who|what|there|here|where)['’])"
            + "[\\p{L}.-]{1,40}['’]s\\s)(?<!s['’]\\s)";
    /**
     * "won the state in 2008 but lost it", "failed to win any states": a verb form after a determiner, a possessive
     * or a number is a noun.
     */
    private static final String NOT_A_NOUN = NOT_AFTER_DETERMINER
            + "(?<!\\b(?:a|an|his|her|its|their|son|sa|ses|leur|any|other|these|those|every)\\s)(?<!\\d\\s)";
    /**
     * "…, Mr. Clarke handed over management of Natural Bridge to the state.", "…, he paused to make an improbable
     * remark.", "…, he declined to comment.", "…, Patriot failed as predicted.": a speech verb ending a sentence
     * after a determiner, "to" or "as" is a noun, an infinitive or a participle, not the verb of an incise.
     */
    private static final String NOT_A_NOUN_OR_INFINITIVE = NOT_A_NOUN + "(?<!\\b(?:to|as)\\s)";
    private static final String WEEKDAYS = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = "(?:" + WEEKDAYS + "|yesterday|today|"
            + "tonight|earlier|later)";
    /**
     * A French day and its date in brackets, before an inverted subject ("a annoncé vendredi dernier (25 février
     * 2022) la présidence"), which the bracket would otherwise end.
     */
    private static final String DATED = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
            + "(?:\\s+(?:dernier|prochain|matin|soir))?\\s*\\([^()]{1,30}\\)\\s+)?";
    /** Words after "said" that open no reported clause: "said in a statement", "said so", "said nothing". */
    private static final String NOT_A_CLAUSE = "(?:in|on|at|during|after|before|when|while|of|about|to|for|with|by|"
            + "from|through|via|inside|outside|into|under|over|near|behind|across|among|between|against|following|"
            + "amid|despite|so|as|than|and|or|but|if|nothing|something|anything|everything|yes|goodbye|hello|"
            + "thanks|thank|sorry|please|little|what|which|who|whom|whether|how|why|where|then|here|"
            + "also|again|once|repeatedly|previously|recently|privately|publicly|separately|last|next|" + DAY
            // "said matter-of-factly as confetti fluttered down": an adverb before a conjunction or a preposition.
            + "|[a-z-]+ly\\s+(?:as|when|while|before|after|to|in|on|at|of|about|for|with))";
    /** "In an interview with …", "As China builds …", "Asked what …": a sentence opening with no clause of its own. */
    private static final Pattern CLAUSE_OPENING_PHRASE = Pattern.compile("\\s*(?:" + NOT_A_CLAUSE + "|asked|that|"
            + "this|these|those)\\b");
    /** "a policy that …", "an idea which …": a noun phrase set after a statement, describing it. */
    private static final Pattern APPOSITION_OPENING = Pattern.compile("(?:a|an|the)\\s+(?:[a-z'-]+\\s+){1,3}?"
            + "(?:that|which|who)\\b");
    /** A pronoun opening a sentence, after "But" or "And" at most: group 1. */
    private static final Pattern OPENING_PRONOUN = Pattern.compile("\\s*(?:(?:but|and|yet|mais|et)\\s+)?"
            + "(he|she|il|elle)\\s"
            // "Il faut …", "Il n'y a …", "il n'existe …": an impersonal "il" stands for no one.
            + "(?!(?:ne\\s+|n')?(?:y|faut|fallait|faudra|s'agit|s'agissait|semble|semblait|suffit|reste|restait|parait"
            + "|existe|existait)\\b)");
    /**
     * Up to five words of description before a name opening its sentence, none a preposition or subordinator; an
     * honorific or title with its dot ("But Ms. Capito also said …").
     */
    private static final String DESCRIPTION_WORDS = "\\s*(?:(?:but|and|yet)\\s+)?"
            + "(?:" + ABBREVIATED + "\\.\\s*|(?!" + NOT_A_CLAUSE + "\\b|that\\b)[^\\s,.;:!?\"“”«»()]+\\s+){0,5}";
    private static final Pattern DESCRIPTION_BEFORE_NAME = Pattern.compile(DESCRIPTION_WORDS);
    /** "Le chef de la diplomatie européenne, ": a description set before the name it is in apposition to. */
    private static final Pattern DESCRIPTION_APPOSED_TO_NAME = Pattern.compile(DESCRIPTION_WORDS
            + "[^\\s,.;:!?\"“”«»()]+,\\s+");
    /** ", s'était quant à lui dit": after a name between commas, its verb; not a relative clause. */
    private static final Pattern VERB_AFTER_APPOSED_NAME = Pattern.compile(",\\s+(?!(?:qui|dont|who|which|whose)\\b)"
            + "\\p{Ll}");
    /** A short phrase opening a sentence before a comma, without a quotation: "Earlier this week,". */
    private static final Pattern OPENING_PHRASE = Pattern.compile("\\s*[^,;:\"“”«»]{1,60},\\s+");
    /** After a subject, its verb: a word in lower case, perhaps after an apposition between commas. */
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile("(?:,[^,.;:!?\"“”«»]{1,80},)?\\s+"
            + "(?!(?:and|or|of|in|on|at|to|for|with|from|by|who|which|whose)\\b)\\p{Ll}");
    /**
     * A capitalised word after another (group 1), before a word in lower case or punctuation: "States" in "the United
     * States has", not "Says" in a headline's "Trump Says He Never Pledged".
     */
    private static final Pattern CAPITALISED_PAIR = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]*[ \\u00a0](\\p{Lu}\\p{Ll}+)\\b"
            + "(?=[ \\u00a0]+[\\p{Ll}\\d]|[ \\u00a0]+(?:A|An|The)[ \\u00a0]|[^\\s\\p{L}]|$)");
    private static final Pattern WORD_IN_LINE = Pattern.compile("\\p{L}{4,}");
    /** A line with this many tenths of its words (of four letters or more) capitalised is in title case. */
    private static final int TITLE_CASE_TENTHS = 7;
    private static final Pattern WORD_AFTER = Pattern.compile("[ \\u00a0]+(\\p{L}+)");
    /**
     * "Sen. David Perdue (R-Ga.) said": a US politician's party and state, blanked in the folded text so that
     * their dot ends no clause and their brackets no subject.
     */
    private static final Pattern PARTY_TAG = Pattern.compile("\\((?:[dri]|[dri]-[a-z][a-z. ]{1,14})\\)");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** A transcript's speaker label, a name in capitals and a colon: "PENCE: Well, look, …", "M. LE PEN : …". */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}.'’ -]{1,40}?)\\s?:\\s");
    private static final Pattern OPEN_NOUN_PHRASE = Pattern.compile("\\b(?:of|the|a|an|de|du|des|la|le|les)$");
    /** "In early November the company announced", "Last week the minister said": when, before a subject. */
    private static final Pattern OPENING_TIME = Pattern.compile("(?:in|on|at|by|since|during|early|late|last|this|next|"
            + "earlier|later)\\s+(?:(?:early|late|mid|this|last|next)[\\s-]+)?(?:january|february|march|april|may|june|"
            + "july|august|september|october|november|december|" + WEEKDAYS
            + "|week|weekend|month|year|spring|summer|fall|autumn|winter|\\d{4})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?"
            + "\\s+(?=\\S)");
    private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:\\s+(?:also|later|then|again|still|never|often|"
            + "once|too|earlier|repeatedly|previously|recently|publicly|privately|separately|reportedly|similarly|"
            + "initially|ultimately|subsequently|immediately|frequently|openly|strongly|firmly|flatly|quickly|angrily|"
            + "bluntly|candidly|clearly|directly|explicitly|falsely|formally|loudly|officially|personally|plainly|"
            + "proudly|quietly|sharply|simply|specifically|tearfully|wrongly|correctly|actually|apparently|now|even|"
            + "jokingly|happily|gleefully|confidently|emphatically|insistently|vehemently"
            // "The Times on Saturday wrote that …": when it was said.
            + "|(?:on\\s+|last\\s+|this\\s+)?(?:" + WEEKDAYS + "|week|month|year)|yesterday|today|tonight))+\\s*$");
    private static final Set<String> ENGLISH_POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");
    private static final Set<String> ENGLISH_AUXILIARIES = Set.of("has", "had", "have");
    private static final Set<String> CLAUSE_AUXILIARIES = Set.of("would", "will", "could", "can", "should", "may",
            "might", "must", "is", "was", "were", "are", "has", "had", "have", "does", "did");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which", "whose", "whom");
    /** Determiners that open an inverted subject: ", said the minister", ", said a spokesman". */
    private static final Set<String> BARE_SUBJECT_DETERMINERS = Set.of("the", "a", "an", "le", "la", "les", "un",
            "une", "l");
    private static final int MIN_PARTIAL_WORDS = 2;
    private static final int MIN_CLAUSE_WORDS = 4;
    private static final int MIN_PRONOUN_CLAUSE_WORDS = 3;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "there");
    /** Words before a mid-sentence incise that make a statement of their own ("Too often, he said, …" do not). */
    private static final int MIN_STATEMENT_WORDS = 8;
    /** Reported speech made up of quotations for this many tenths or more is left to the quotations. */
    private static final int QUOTED_SHARE_TENTHS = 4;
    /** Words an infinitive needs to report something: "poursuivre" after a relative "que" reports nothing. */
    private static final int MIN_INFINITIVE_WORDS = 2;
    private static final int MAX_TITLE_WORDS = 7;
    /** Fewer words in capitals may be speech ("Bam Bam.", "Miss Piggy"). */
    private static final int MIN_TITLE_WORDS = 3;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("the", "of", "a", "an", "and", "or", "in", "on",
            "at", "to", "for", "with", "by", "de", "du", "des", "la", "le", "les", "et", "en", "d'", "l'");
    /** A subject between commas has at most this many words ("Hillary Clinton's campaign manager Robby Mook"). */
    private static final int MAX_INCISE_SUBJECT_WORDS = 6;
    /** "told Breitbart News Daily host Alex Marlow": longer, the words after "told" are a clause. */
    private static final int MAX_LISTENER_WORDS = 6;

    private final Lexicons lexicons;
    private final Pattern inciseAfter;
    private final Pattern inciseInverted;
    private final Pattern inciseEnglish;
    private final Pattern accordingTo;
    private final Pattern accordingToInside;
    private final Pattern verbBefore;
    private final Pattern introBefore;
    private final Pattern reportedThat;
    private final Pattern trailingIncise;
    private final Pattern asSays;
    private final Pattern trailingSource;
    private final Pattern inciseInside;
    private final Pattern quoteCredit;
    private final Pattern reportedEnglish;
    private final Pattern reportedInfinitive;
    private final Pattern inciseMidSentence;
    private final Pattern impersonal;
    private final Pattern speechInfinitive;
    private final Pattern participleAfterComma;
    /** ", but added that …", "et a ajouté que …": a second statement of the same subject. */
    private final Pattern coordinatedVerb;
    private final Pattern trailingTold;

    public QuoteExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        String verb = lexicons.strongSpeechRegex();
        String anyVerb = lexicons.speechRegex();
        String inciseVerb = lexicons.inciseSpeechRegex();
        // "…, comme l’explique l’ingénieur Scott Saviz, cité par le Wall Street Journal :", "ainsi que l'a déclaré
        // le ministre": after "comme", the subject follows its verb, up to a comma.
        asSays = Pattern.compile("\\b(?:comme|ainsi\\s+que)\\s+(?:l'|le\\s+|la\\s+)?(?:" + AUX + "\\s+)?(?:" + verb
                + ")\\s+([^,;:.!?«»“”\"]{2,80})");
        // "», a-t-il déclaré" / "», a déclaré Abdoulaye Diop" / "», estime-t-elle"
        // "», nous a confié le maire", "», lui a répondu X", "», m'a-t-il dit": an object pronoun may come first.
        inciseAfter = Pattern.compile("^[\\s,]*(?:" + OBJECT_PRONOUN + AUX + "(?:-t)?-(il|elle|ils|elles|on)\\s+"
                + ADVERBS + inciseVerb + "|" + inciseVerb + "(?:-t)?-(il|elle|ils|elles|on)|"
                // "», s'est-il exprimé", "», se sont-elles félicitées"
                + "(?:s'\\s*est|se\\s+sont)-(il|elle|ils|elles|on)\\s+" + ADVERBS + "(?:"
                + lexicons.reflexiveParticipleRegex() + ")(?:e?s)?\\b|" + "(?:" + OBJECT_PRONOUN
                + AUX + "\\s+" + ADVERBS + ")?" + inciseVerb
                // "» a annoncé, mercredi 18 août, la Protection civile algérienne": a comma may open the aside.
                + "(?:\\s*,(?=[^,.;:!?«»“”\"]{1,50},))?\\s+" + DATED + SUBJECT + SUBJECT_STOP + ")");
        // English: "," he said" / "," John Smith told reporters" / "," Mr. Morgan of the Sierra Club said" /
        // "," the New York businessman said" / "," a spokesperson said" / "," John Smith, a lawyer, said" /
        // "" UFCW Local 832 president Jeff Traeger said", "" University of the Fraser Valley political scientist Hamish
        // Telford said"
        // A dot inside the words before the name is an abbreviation's or an initial's, never a sentence's end ("," the
        // email read. It stated").
        inciseEnglish = Pattern.compile("^[\\s,]*((?:he|she|they|it|(?:(?:[\\p{L}\\d'’-]|\\.(?=[\\p{L}\\d])|(?<="
                + ABBREVIATED + ")\\.)+\\s+){0,8}?(?-i:\\p{Lu})[\\p{L}'’.-]*"
                + "(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,3}(?:\\s+of\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}'’.-]*"
                + "(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.-]*){0,3})?"
                // "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told": a description before an apposition.
                + "(?:(?:\\s+(?-i:\\p{Ll})[\\p{L}'’-]*){1,4}(?=\\s*,))?"
                // "" a narrator in the Clinton ad asks": a description of up to six words.
                + "|(?:the|a|an|one|another)\\s+(?:[\\p{L}\\d'’-]+,?\\s+){0,5}?(?:\\d[\\p{L}\\d'’-]*|[a-z]+)))"
                // "," Rep. John Mica (R-Fla.) said": a party and state between name and verb.
                + "(?:\\s*\\((?-i:[DRI])(?:-[\\p{L}. ]{2,15})?\\))?"
                // "," Lina Khatib, an expert at Chatham House, told the AP": an apposition between name and verb, with
                // commas of its own ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said").
                + "(?:\\s*,(?<apposition>(?:\\s*(?:[^\"“”«»,;:!?]|" + QUOTED_NAME + "){1,120}?,){1,4}?))?\\s+"
                // "," he was quoted as saying in the press release."
                + "(?:(?:was|were|is)\\s+quoted\\s+as\\s+)?" + PERFECT + verb + "\\b",
                // It reads the text as written, so a no-break space must count as a space ("…,” Sammon said.").
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
        // Radio-Canada and CBC sign a pull quote: "— Une citation de Le juge Randall Bocock"; a quotation set
        // apart is signed with a dash and the name alone: "“…” ― Carla Sanchez."; a line between dashes is a
        // subhead ("– Ready to quiz Trump –.").
        quoteCredit = Pattern.compile("^(?:[\\s—–-]*(?:une\\s+citation\\s+de|a\\s+quote\\s+from)\\s+|\\s*[―—–]\\s*)"
                + SUBJECT + "(?<![―—–-])[\\s.]*$");
        inciseInverted = Pattern.compile("^[\\s,]*(?![a-z]+ant\\s)" + inciseVerb + "\\s+" + SUBJECT + SUBJECT_STOP);
        // "Selon Marianne qui a révélé les faits, l’altercation …": a relative clause may describe the source.
        accordingTo = Pattern.compile("^[\\s,]*" + ACCORDING_TO + "\\s+" + SUBJECT
                + "(?:\\s*,?\\s*(?:qui|who)\\s[^,.;:!?«»“”\"]{1,80})?" + SUBJECT_STOP);
        // "…, toujours selon l'organisation islamiste, …": an adverb may come first.
        accordingToInside = Pattern.compile(",\\s*(?:toujours\\s+|encore\\s+|aussi\\s+|still\\s+|also\\s+)?"
                + ACCORDING_TO + "\\s+" + SUBJECT + "\\s*,");
        // "Ryan told CNN that Ginsburg’s comments “shows bias to me.”": after a possessive, a verb form is a noun.
        verbBefore = Pattern.compile("(?:^|[\\s,])(?:" + AUX + "\\s+" + ADVERBS + ")?" + NOT_AFTER_DETERMINER
                + NOT_REFLEXIVE + POSSESSIVE_BEFORE + "("
                + anyVerb + ")\\b");
        introBefore = Pattern.compile("(?:^|[\\s,(])(?:selon|d'apres|pour(?!\\s+" + PURPOSE + ")|according\\s+to|"
                // "…, selon le naturopathe Olivier Panisset : « … »": or a colon.
                + "a(?=\\s+(?:ses|son|sa|leurs?)\\s))\\s+" + SUBJECT + "\\s*[,:]\\s*$");
        // "X a affirmé que", "said Tuesday that", "said in his New Year's speech that": up to three words, or a
        // place or time, between the verb and its conjunction; "his claim in the same interview that" is a noun.
        reportedThat = Pattern.compile("(?:^|[\\s,])(?:" + AUX + "\\s+" + ADVERBS + ")?" + NOT_AFTER_DETERMINER
                + NOT_REFLEXIVE
                // "Il faut signaler que …": an impersonal "il faut" is the writer's, no one's speech.
                + "(?<!\\b(?:his|her|its|their|son|sa|ses|leur|faut)\\s)(" + verb
                // "says at a campaign stop in Toledo, Ohio, that", "said Monday at a rally in …", "wrote in his 1990
                // autobiography that": where or when it was said, a place's commas included.
                // "He states however, that": an adverb and its comma; "saying, apparently for the first time, that": an
                // aside between commas; "a déclaré, devant une audience médusée, qu'il …".
                + ")(?:\\s*,[^,.;:\"“”«»]{1,50},\\s*(?=that\\s|que\\s|qu')|\\s+)(?:(?:however|though|[a-z]+ly),\\s+)?"
                + "(?:(?:[a-z0-9'‘’-]+\\s+){0,3}?|(?:(?:on\\s+)?" + DAY + "\\s+)?(?:in|on|at|during|to|after|before|dans|"
                + "lors|devant|a|au|aux|en|par|via|sur|avec)\\s+(?:[a-z0-9'‘’-]+,?\\s+){1,8}?)"
                // "reported that, according to …, 85 of …": "that" and a comma before an "according to" aside.
                // "a déclaré avoir eu", "a affirmé vouloir …", "a annoncé ne prendre position que mercredi": an
                // infinitive of these verbs, or a negated one, is what was said.
                // "a assuré que, Ouagadougou continuerait …": a stray comma after "que".
                + "(?:que(?:\\s*,)?\\s+|qu'|that(?:\\s+|,\\s*(?=according\\s+to\\s))|(?=(?:avoir|etre|vouloir|pouvoir|devoir"
                + "|savoir|souhaiter|ne\\s+(?:(?:pas|plus|jamais|rien)\\s+)?[a-z]+(?:er|ir|re|oir))\\s))");
        // "a appelé les Tchèques à rester chez eux", "ont demandé à la Confédération d'interdire ce produit", "Tsahal
        // l'accuse d'avoir délibérément placé …": what the subject urged, asked or accused someone of, an infinitive
        // after whom it was said to; "a dit attendre une décision", "disant redouter …": what a French speech verb
        // reports, an infinitive right after it. Not after a verb of being ("est accusé d'avoir", "était appelé à
        // jouer"), nor after a determiner ("la menace de recourir"; "les" only as a pronoun, "les appelle à").
        reportedInfinitive = Pattern.compile("(?:^|[\\s,])(?:l'|les\\s+(?!(?:demande|menace|reproche|invite)s?\\s)"
                + "|lui\\s+|leur\\s+|nous\\s+|vous\\s+)?(?:(" + AUX + ")\\s+" + ADVERBS + ")?"
                + "(?<!\\b(?:le|la|un|une|du|des|au|aux|ce|cet|cette|ces|sa|son|ses|mes|tes|nos|vos|leurs|est|sont"
                + "|etait|etaient|sera|seront|serait|ete|etre|fut|soit|se|s')\\s)"
                + "(?:((?:" + lexicons.directiveRegex("fr") + ")(?:e|es|s)?)\\s+"
                + "(?:(?!(?:afin|avant|apres|sans|par|et|ou|mais|que)\\s)[^\\s,.;:!?\"“”«»]+\\s+){0,8}?"
                + "(?:a\\s+|de\\s+|d')|((?:" + lexicons.strongSpeechRegex("fr") + ")(?:e|es|s)?)\\s+" + ADVERBS + ")"
                + "(?=" + FRENCH_INFINITIVE.pattern() + ")");
        // "But, she says, she felt …", "Or, a-t-il ajouté, …", "The museum, Mr. Bush said, celebrated …": an
        // incise between commas inside the sentence.
        // "The difference now, he told me on Friday, is that …": a listener and a day may follow the verb.
        inciseMidSentence = Pattern.compile(",\\s*(?:((?:he|she|they|il|elle))\\s+(?:" + AUX + "\\s+)?" + verb
                + "|" + verb + "(?:-t)?-(il|elle)|" + SUBJECT + "\\s+(?:" + AUX + "\\s+" + ADVERBS + ")?" + verb
                + ")(?:\\s+(?:me|us|him|her|them|reporters))?(?:\\s+(?:on\\s+)?" + DAY + ")?\\s*,\\s*");
        // "…, a-t-on appris de sources diplomatiques.", "…, a-t-on précisé de même source."
        impersonal = Pattern.compile(",\\s*a-t-on\\s+(?:appris|precise|indique|ajoute|souligne)\\s+[^,.;:]{0,30}?"
                + "(?:de|aupres\\s+(?:de|du|des))\\s+(?:(?:la|les|l')\\s*)?([^,.;:]{2,60}?)\\s*[.!]?\\s*$");
        // "Trump said he would …", "Johnson said local officials should …": English drops "that". After "say" any
        // word but a preposition or an adverb opens the clause (a day may come first: "said Tuesday the …").
        // "Told" takes an object first and other verbs take objects ("stressed the importance of …"): a clause
        // follows them only when a pronoun or determiner ("told the AP it would …"), or a pronoun ("The EU
        // reiterated it still considers …"), opens it.
        reportedEnglish = Pattern.compile("(?:^|[\\s,])" + PERFECT + "(?:(?:said|says|say|saying)\\s+"
                + "(?:(?:on\\s+)?" + DAY + "\\s+)?(?:that\\s+)?(?!" + NOT_A_CLAUSE + "\\b(?!['’]s\\s))(?=[a-z0-9])"
                // "Sanders said if he were president, DACA and DAPA would be supplemented …": a condition, then its clause.
                // "Cruz said if elected president he could work …": the comma may be missing before a pronoun and modal.
                + "|(?:said|says|say|saying)\\s+(?=(?:if|unless)\\s+(?:[^,.;:]{3,80},\\s*[a-z]|[^,.;:]{3,60}?\\s"
                + "(?:he|she|they|it|we|i)\\s+(?:would|will|could|can|should|might|may|must)\\s))"
                // "told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot …": after
                // the listener, "that" opens any clause; "told CNN in the interview taped …": after a preposition
                // comes no clause.
                + "|told\\s+[^,.;:]{1,60}?(?<!\\b(?:in|during|on|at|of|for|with|from|by|to|after|before|about))"
                + "\\s+(?:that\\s+(?=[a-z0-9])|(?=(?:he|she|they|it|there|the|a|an|his|her|"
                + "their|its|this|these|those|we|i|another|some|no|\\d)\\b))"
                + "|" + NOT_A_NOUN + "(?:" + verb + ")\\s+(?=(?:he|she|they|it|there|we|i)\\s)"
                // "Schniederjans noted the two are very close", "Mickelson admitted his tweets need to be approved": or a
                // noun phrase of a few words before a verb that cannot head an object ("stressed the importance of").
                + "|" + NOT_A_NOUN + "(?:" + verb + ")\\s+(?=(?:the|a|an|his|her|their|its|our|this|these|those|some|many"
                + "|most|all|both|no)\\s+(?:(?!(?:if|whether|that|who|which|when|where|how|why|because|to|for|of|in|on|at"
                + "|with|by|and|or)\\s)[\\p{L}\\d'’-]+\\s+){1,4}(?:is|are|was|were|has|have|had|will|would|could"
                + "|should|can|may|might|must|did|does|do|need|needs|remains|remained)\\s)"
                // "Kim said in his New Year's speech he was ready to meet Trump", "admitted under Warren's grilling he
                // hadn't …": a clause after where it was said.
                + "|" + NOT_A_NOUN + "(?:" + verb + ")\\s+(?:in|on|during|at|under|after|before)\\s+[^,.;:]{1,40}?\\s+"
                + "(?=(?:he|she|they|it|there|we|i)\\s)"
                // "Graham urged Republicans to join the ranks of climate change believers", "It urged Chinese citizens to
                // consider …": what someone was told to do.
                + "|" + lexicons.directiveRegex("en") + "\\s+[^,.;:\"“”]{1,50}?\\s+(?=(?:not\\s+)?to\\s+[a-z]{2,}\\s)"
                // "A reporter asked Sanders how he's feeling on caucus day": a question, put by the subject (not by
                // one who "was asked" or "when asked").
                + "|(?<!\\b(?:when|if|was|were|is|are|be|being|been)\\s)(?:asked|asks)\\s+"
                + "(?:[^,.;:\"“”]{1,40}?\\s+)?(?=(?:whether|if|how|what|why|where|who|which)\\s))");
        trailingTold = Pattern.compile(",\\s*" + SUBJECT + "\\s+" + PERFECT + "told\\s+([^,;:!?«»“”\"]{1,60}?)"
                + "\\s*[.!]?\\s*$");
        coordinatedVerb = Pattern.compile(",?\\s+(?:and|but|et|mais)\\s+(?:also\\s+|aussi\\s+)?(?:" + AUX + "\\s+)?(?:"
                + verb + ")(?:\\s+(?:that\\s+|que\\s+|qu'|(?=(?:he|she|they|it|il|elle|ils|elles)\\s))"
                // "… said it was too early to congratulate winners but added, “I think …”": the quotation is the
                // second statement.
                + "|\\s*[,:]\\s*(?=[\"“«]))");
        // '… a "long ways from making a decision," noting that …': the comma may close a quotation.
        // "…, estimant que ce qui s'était produit était …", "…, en estimant que …": a French participle or gerund opens
        // reported speech with "que"; "…, tout en prévenant ses compatriotes que …", "…, arguant notamment que …": up
        // to three words, a listener or an adverb, may come between.
        participleAfterComma = Pattern.compile(",(?:\"|'')?\\s*(?:even\\s+|also\\s+|again\\s+|aussi\\s+|egalement\\s+)?"
                + "(?:(?=[a-z]+ing\\s)" + verb + "\\s+(?:that\\s+)?|(?:(?:tout\\s+)?en\\s+)?(?=[a-z]+ant\\s)" + verb
                + "\\s+(?:[a-z'-]+\\s+){0,3}?(?:que\\s+|qu'))");
        speechInfinitive = Pattern.compile("(?:^|[\\s,])(?:et|avant|puis|afin)\\s+d(?:e\\s+|')(?:" + verb + ")\\b");
        // « …, a-t-il dit, … », « …, affirme-t-elle. Je … », « …, glisse-t-il lorsqu'on le croise. J'avais … »: the
        // incise ends at a comma or with its sentence, which may add when it was said.
        inciseInside = Pattern.compile(",\\s*(?:" + AUX + "(?:-t)?-(il|elle)\\s+" + ADVERBS + inciseVerb + "|"
                + inciseVerb + "(?:-t)?-(il|elle))(?:\\s*,|[.!?](?=\\s)|\\s+[^,.;:!?«»\"“”]{1,80}[.!?](?=\\s))");
        // ", a relayé l'agence Sputnik.", ", the Post cited." end a reported clause, naming a source.
        trailingSource = Pattern.compile(",\\s*(?:(?:" + AUX + "\\s+" + ADVERBS + ")?" + lexicons.reportingRegex()
                + "\\s+[^,;:]{2,90}|[^,;:]{2,60}\\s+" + PERFECT + lexicons.reportingRegex()
                + ")\\s*[.!]?\\s*$");
        // A participle has no subject after it: in ", saying the party needs to move on." the party is what was said,
        // in ", soulignant que les capacités …" too. After "told", the listener: "…, Joe Kasper, told POLITICO." is no
        // inverted subject.
        trailingIncise = Pattern.compile(",\\s*(?:(?:" + AUX + "\\s+" + ADVERBS + ")?(?![a-z]+(?:ing|ant)\\s)"
                + "(?!(?:told|tells?)\\s)" + verb
                // "…, a assuré, mardi à Rabat, le Wali de Bank Al-Maghrib": when or where it was said, between commas.
                + "(?:\\s*,[^,.;:!?«»“”\"]{1,50},)?\\s+" + DATED
                + SUBJECT
                // "…, le ministre de la Santé publique (Minsanté), Manaouda Malachie.": an acronym in brackets.
                + "(?:\\s*\\([^(),]{1,40}\\))?"
                // "…, said Marty Puranik, CEO and founder of cloud hosting company Atlantic.Net.": a dot inside a word,
                // or an abbreviation's ("… at Washington University in St. Louis."); not a clause reported after a
                // participle (", tout en précisant que …").
                + "(?:,(?![^.;:!?«»“”]*\\bqu(?:e\\b|'))(?:[^.;:!?«»“”]|\\.(?=\\S)|(?<=" + ABBREVIATED
                + ")\\.(?=\\s)){0,120})?"
                // "…, a-t-elle expliqué à CBC.": an inverted pronoun after its auxiliary, and whom it was said to.
                + "|(?:" + AUX + "(?:-t)?-(il|elle)\\s+" + ADVERBS + "(?:" + verb + ")|" + verb + "(?:-t)?-(il|elle))"
                + "(?:\\s+(?:a|au|aux)\\s+[^,.;:!?«»“”\"]{1,40}?)?|(?:selon|according\\s+to)\\s+"
                + SUBJECT + "|" + SUBJECT + "\\s+" + PERFECT + NOT_A_NOUN_OR_INFINITIVE + verb
                // "…, the government said on Wednesday.", "…, a spokesman announced Monday morning.", "…, she said in
                // a video message to the convention."
                + "(?:\\s+(?:on\\s+)?" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?)?"
                + "(?:\\s+(?:in|during)\\s+(?:a|an|his|her|its|their)\\s+[^,.;:!?«»“”\"]{1,50}?)?)"
                // "…, a-t-il ajouté, mettant en relief la trajectoire haussière de l'inflation.": a French participle's
                // phrase may close the sentence after the incise, unless it reports speech of its own ("précisant
                // qu'…").
                + "(?:\\s*,\\s*(?:en\\s+)?[a-z]+ant\\s(?![^.!?«»“”\"]*\\bqu(?:e\\b|'))[^.!?«»“”\"]{1,200})?"
                + "\\s*[.!]?\\s*$");
    }

    /**
     * The quotes of an article, in text order.
     *
     * @param paragraphs    the body paragraphs, as spans into {@code raw}
     * @param sentences     the sentences of those paragraphs, in order
     * @param people        the people the article names
     * @param organisations the names of organisations in the article, in text order
     * @param outlets       those of them that name a news outlet
     */
    public List<Quote> extract(String raw, List<Span> paragraphs, List<Span> sentences, List<Person> people,
                               List<Span> organisations, Set<Span> outlets) {
        String folded = withoutNameVerbs(raw, PARTY_TAG.matcher(QuoteMarks.withPlainMarks(Folding.foldInPlace(raw)))
                .replaceAll(tag -> " ".repeat(tag.group().length())));
        List<Quoted> quoted = QuoteMarks.find(raw, paragraphs);
        List<Quoted> blocks = blockQuotes(raw, folded, paragraphs, quoted);
        SpeakerResolver resolver = new SpeakerResolver(lexicons, raw, people, sentences,
                Stream.concat(quoted.stream(), blocks.stream()).map(Quoted::words).toList(), organisations, outlets);
        List<Quote> quotes = new ArrayList<>();
        // In text order, so that "Il a ajouté que …" after a quotation knows who spoke last: the quotations opening
        // before a sentence, then the sentence's reported speech (which a quotation in it may then continue).
        int next = 0;
        for (Span sentence : sentences) {
            for (; next < quoted.size() && quoted.get(next).open() < sentence.start(); next++) {
                attributeQuotation(raw, folded, quoted.get(next), paragraphs, sentences, resolver, quotes);
            }
            indirect(raw, folded, sentence, quoted, resolver, quotes);
        }
        for (; next < quoted.size(); next++) {
            attributeQuotation(raw, folded, quoted.get(next), paragraphs, sentences, resolver, quotes);
        }
        // A block quotation is said by the speaker of the sentence announcing it, or is no quotation.
        for (Quoted block : blocks) {
            Span announcing = sentenceBefore(sentences, block.open());
            if (announcing != null) {
                before(raw, folded, announcing.start(), announcing.end(), block, QuoteKind.DIRECT, resolver,
                        lastAttributed(quotes, block.open()), 0.8).ifPresent(quotes::add);
            }
        }
        quotes.sort(Comparator.comparingInt(q -> q.span().start()));
        return List.copyOf(addedSpeakers(subheadSpeakers(raw, sameSentenceSpeakers(quotes, sentences), paragraphs),
                paragraphs));
    }

    /**
     * "Un troisième Français a été tué …, a déclaré jeudi le ministre des Affaires étrangères. … « Pour certains
     * d'entre eux on est très interrogatif », a ajouté Laurent Fabius.": a person who adds to a quote whose speaker
     * is only described, a function or a person of a kind, in its paragraph or the one before, is that speaker.
     */
    private List<Quote> addedSpeakers(List<Quote> quotes, List<Span> paragraphs) {
        List<Quote> resolved = new ArrayList<>(quotes);
        for (int i = 1; i < resolved.size(); i++) {
            Quote adding = resolved.get(i);
            Speaker described = resolved.get(i - 1).speaker();
            if (adding.cue() == null || !adding.cue().endsWith("(name)") || described == null
                    || !ADDITION.matcher(Folding.lowerMatchForm(adding.cue())).find()
                    || paragraphsBetween(paragraphs, resolved.get(i - 1).span().end(), adding.span().start()) > 1
                    || !describesSomeone(described.name())) {
                continue;
            }
            // The quotes before that go on with the described speaker, back to the one whose phrase named it.
            int first = i - 1;
            while (first > 0 && described.equals(resolved.get(first - 1).speaker())) {
                first--;
            }
            if (resolved.get(first).cue() == null || !resolved.get(first).cue().endsWith("(phrase)")) {
                continue;
            }
            for (int k = first; k < i; k++) {
                Quote quote = resolved.get(k);
                resolved.set(k, new Quote(quote.span(), quote.kind(), adding.speaker(), quote.cue()
                        + " = who added: " + adding.cue(), Math.min(quote.confidence(), adding.confidence())));
            }
        }
        return resolved;
    }

    /** Whether a speaker's phrase describes a person, by function or kind ("ministre des Affaires étrangères"). */
    private boolean describesSomeone(String phrase) {
        List<String> words = Arrays.asList(phrase.split("\\s+"));
        return words.stream().anyMatch(w -> lexicons.isRoleNoun(w) || lexicons.isPersonNoun(w))
                && words.stream().noneMatch(lexicons::isOrganisationNoun);
    }

    /**
     * Where an incise may start after a closing mark: past a gloss between brackets (« Errare humanum est » (l'erreur
     * est humaine …), lance le procureur).
     */
    private static int afterGloss(String raw, int afterMark, int end) {
        int at = afterMark;
        while (at < end && Folding.isSpace(raw.charAt(at))) {
            at++;
        }
        int close = at < end && raw.charAt(at) == '(' ? raw.indexOf(')', at) : -1;
        return close < 0 || close >= end ? afterMark : close + 1;
    }

    /** The quote or quotes of a quotation, with its speaker, added to {@code quotes} unless it is no quote. */
    private void attributeQuotation(String raw, String folded, Quoted quote, List<Span> paragraphs,
                                    List<Span> sentences, SpeakerResolver resolver, List<Quote> quotes) {
        Span sentence = sentenceOf(sentences, quote.open());
        QuoteKind kind = kindOf(raw, quote, sentence);
        if (kind != null) {
            quotes.addAll(splitAtIncise(raw, attribute(raw, folded, quote, kind, sentence, paragraphs, sentences,
                    resolver, quotes)));
        }
    }

    /**
     * « Notre crainte …, explique Alexandra Teixeira, chargée de communication au Comité …. Il y a donc une crainte … »:
     * an incise inside the marks (the quote's cue, found in its words) is no part of what was said, which it cuts in
     * two quotes of one speaker. After the incise, an apposition up to the end of its sentence ("le maire de
     * Lège-Cap-Ferret.") belongs to the incise; a clause ("…, jure Daniel Hagari, mais la manière dont …") to the
     * quote.
     */
    private List<Quote> splitAtIncise(String raw, Quote quote) {
        // The cue is the incise as written, then how its speaker was resolved between brackets.
        int how = quote.cue() == null ? -1 : quote.cue().lastIndexOf(" (");
        String written = how < 0 ? "" : quote.cue().substring(0, how);
        int incise = written.isEmpty() ? -1 : raw.indexOf(written, quote.span().start());
        // Inside the marks, an incise puts its verb first, as French does ("explique X", "a-t-il dit"); a subject
        // first ("…, Justin Renel Joseph argues …") is the text of a quotation whose marks were misread.
        Matcher verb = WRITTEN_WORD.matcher(written);
        if (incise < 0 || incise >= quote.span().end() || !verb.find()
                || !lexicons.isSpeechVerb(INVERTED_PRONOUN.matcher(verb.group()).replaceFirst(""))
                && !AUX_WORD.matcher(verb.group()).matches()) {
            return List.of(quote);
        }
        int resume = incise + written.length();
        int stop = raw.indexOf('.', resume);
        int appositionEnd = stop < 0 || stop > quote.span().end() ? quote.span().end() : stop;
        String apposition = raw.substring(resume, appositionEnd);
        if ((written.endsWith(",") || apposition.startsWith(",")) && !FINITE_VERB_WORD.matcher(apposition).find()
                && apposition.strip().split("\\s+").length <= MAX_APPOSITION_WORDS) {
            resume = appositionEnd + 1;
        }
        Span first = trim(raw, quote.span().start(), incise);
        if (first == null) {
            return List.of(quote);
        }
        Quote before = new Quote(first, quote.kind(), quote.speaker(), quote.cue(), quote.confidence());
        // An unclosed quotation may end with its incise and apposition ("…, said Kessel, whose organization …").
        Span second = resume >= quote.span().end() ? null : trim(raw, resume, quote.span().end());
        return second == null || second.of(raw).split("\\s+").length < MIN_PARTIAL_WORDS ? List.of(before)
                : List.of(before, new Quote(second, quote.kind(), quote.speaker(), quote.cue(), quote.confidence()));
    }

    /**
     * "the United States has become …", "Member States": a speech verb's form written with a capital after a
     * capitalised word and before a word in lower case is a word of a name, no verb, and is masked in the folded
     * text; so is one before an article opening the next sentence, a credit run into its caption ("The Canadian
     * Press A train derailment is shown …").
     */
    private String withoutNameVerbs(String raw, String folded) {
        Matcher pair = CAPITALISED_PAIR.matcher(raw);
        StringBuilder masked = null;
        int from = 0;
        Matcher next = WORD_AFTER.matcher(raw);
        while (pair.find(from)) {
            // "The Washington Post reported": before a verb, the word ends a subject and is left alone.
            if (isVerbForm(pair.group(1))
                    && !(next.region(pair.end(1), raw.length()).lookingAt() && isVerbForm(next.group(1)))
                    && !inTitleCaseLine(raw, pair.start(1))) {
                masked = masked == null ? new StringBuilder(folded) : masked;
                for (int i = pair.start(1); i < pair.end(1); i++) {
                    masked.setCharAt(i, 'x');
                }
            }
            from = pair.start(1);
        }
        return masked == null ? folded : masked.toString();
    }

    /** Whether a word is a form of a speech verb or of a verb by which an outlet relays words. */
    private boolean isVerbForm(String word) {
        return lexicons.isSpeechVerb(word) || lexicons.isReportingVerb(word);
    }

    /** "…, Lindsey Graham Says": a line of capitalised words is a headline, whose verbs are capitalised too. */
    private static boolean inTitleCaseLine(String raw, int at) {
        int start = raw.lastIndexOf('\n', at) + 1;
        int end = raw.indexOf('\n', at);
        Matcher word = WORD_IN_LINE.matcher(raw).region(start, end < 0 ? raw.length() : end);
        int words = 0;
        int capitalised = 0;
        while (word.find()) {
            words++;
            capitalised += Character.isUpperCase(word.group().charAt(0)) ? 1 : 0;
        }
        return capitalised * 10 >= words * TITLE_CASE_TENTHS;
    }

    /**
     * Paragraphs quoted without marks after a paragraph ending with a speech verb and a colon ("Limbaugh added:"):
     * a block quotation whose marks the page's layout carried, lost with it.
     */
    private List<Quoted> blockQuotes(String raw, String folded, List<Span> paragraphs, List<Quoted> quoted) {
        List<Quoted> blocks = new ArrayList<>();
        for (int p = 1; p < paragraphs.size(); p++) {
            Span intro = paragraphs.get(p - 1);
            Span paragraph = paragraphs.get(p);
            int colon = folded.lastIndexOf(':', intro.end() - 1);
            boolean endsWithColon = colon >= intro.start() && Folding.isBlank(folded.substring(colon + 1, intro.end()));
            int index = p;
            if (!endsWithColon || quoted.stream().anyMatch(q -> q.paragraph() == index)) {
                continue;
            }
            if (verbBefore.matcher(folded).region(clauseStart(folded, intro.start(), colon), colon).find()) {
                Span words = trimSpaces(raw, paragraph.start(), paragraph.end());
                if (words != null) {
                    blocks.add(new Quoted(words, paragraph.start(), p, false, false, false));
                }
            }
        }
        return blocks;
    }

    /**
     * "Les comptes se sont « très fortement dégradés », « une proportion inédite », selon la Drees": a fragment
     * left without a speaker takes the speaker of another fragment in its sentence, of a quotation before it there
     * ("« Je n'ai enfreint aucune règle, » a-t-il estimé, soulignant que … les « espaces privés » …"), or of the
     * reported speech it lies in ("Selon le ministère, un groupe … soutenus par un « État occidental » a tenté …") or that follows it
     * in its sentence after its speaker's name.
     */
    private static List<Quote> sameSentenceSpeakers(List<Quote> quotes, List<Span> sentences) {
        List<Quote> resolved = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            Span sentence = sentenceOf(sentences, quote.span().start());
            Quote sibling = quote.speaker() != null || quote.kind() != QuoteKind.PARTIAL || sentence == null ? null
                    : quotes.stream().filter(other -> other != quote && other.speaker() != null
                            && (other.kind() == QuoteKind.PARTIAL && sentence.start() <= other.span().start()
                            && other.span().end() <= sentence.end()
                            || other.kind() == QuoteKind.DIRECT && sentence.start() <= other.span().start()
                            && other.span().end() <= quote.span().start() || other.kind() == QuoteKind.INDIRECT
                            && (other.span().start() <= quote.span().start()
                            && quote.span().end() <= other.span().end() || between(quote, other, sentence))))
                    .findFirst().orElse(null);
            resolved.add(sibling == null ? quote : new Quote(quote.span(), quote.kind(), sibling.speaker(),
                    "same sentence as a quote of theirs: " + sibling.cue(), Math.min(0.6, sibling.confidence())));
        }
        return resolved;
    }

    /**
     * « Les combats sont entrés dans une phase encore plus terrifiante », set as a subhead: a quotation that is a
     * paragraph of its own, its words quoted again in the text, is said by whoever the text says said them.
     */
    private static List<Quote> subheadSpeakers(String raw, List<Quote> found, List<Span> paragraphs) {
        List<Quote> quotes = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Quote quote = found.get(i);
            quotes.add(quote.speaker() == null && i + 1 < found.size()
                    ? sectionSpeaker(raw, quote, found.get(i + 1), paragraphs) : quote);
        }
        // Each quote's words, folded and without punctuation, once.
        List<String> words = quotes.stream()
                .map(q -> Folding.lowerMatchForm(q.span().of(raw)).replaceAll("[^\\p{L}\\d ]", "").strip()).toList();
        List<Quote> resolved = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String said = words.get(i);
            // "Manifestation contre l'austérité: «Cette mobilisation montre …»": a headline's quotation, or any left
            // without a speaker, is said by whoever says its words again too.
            boolean subhead = said.split(" ").length >= MIN_SUBHEAD_WORDS && (quote.speaker() == null
                    || paragraphs.stream().anyMatch(p -> p.start() <= quote.span().start()
                    && quote.span().end() <= p.end() && isSetApart(raw, quote.span(), p)));
            // The words again, or most of them: "« Il a peut-être été surpris »" over "« … Lui (NDLR: …) a
            // peut-être été surpris. … »".
            int source = -1;
            double best = MIN_SHARED_SUBHEAD_WORDS;
            for (int j = 0; subhead && j < quotes.size(); j++) {
                double shared = j == i || quotes.get(j).speaker() == null ? 0
                        : words.get(j).contains(said) ? 1 : sharedWords(said, words.get(j));
                if (shared >= best && (source < 0 || shared > best)) {
                    source = j;
                    best = shared;
                }
            }
            resolved.add(source < 0 ? quote : new Quote(quote.span(), quote.kind(), quotes.get(source).speaker(),
                    "same words as a quote of theirs: " + quotes.get(source).cue(), quotes.get(source).confidence()));
        }
        return resolved;
    }

    /**
     * A subhead's quotation left without a speaker, "« Plus de peur que de mal »" / "« La nouvelle a suscité un
     * certain émoi … », a réagi Maxime Daye": the speaker of the quotation that opens the paragraph right below it.
     */
    private static Quote sectionSpeaker(String raw, Quote subhead, Quote next, List<Span> paragraphs) {
        int at = Span.indexHolding(paragraphs, subhead.span().start());
        if (at < 0 || at + 1 >= paragraphs.size() || next.speaker() == null
                || !isSubhead(raw, subhead.span(), paragraphs.get(at))) {
            return subhead;
        }
        Span below = paragraphs.get(at + 1);
        boolean opensBelow = below.start() <= next.span().start() && next.span().start() < below.end()
                && OPENING_MARKS_ONLY.matcher(raw).region(below.start(), next.span().start()).matches();
        return opensBelow ? new Quote(subhead.span(), subhead.kind(), next.speaker(),
                "the quotation opening the section below: " + next.cue(), next.confidence() * 0.8) : subhead;
    }

    /** The share of the words of {@code said} that {@code other} holds too. */
    private static double sharedWords(String said, String other) {
        Set<String> others = new HashSet<>(Arrays.asList(other.split("\\s+")));
        String[] saidWords = said.strip().split("\\s+");
        return (double) Arrays.stream(saidWords).filter(others::contains).count() / saidWords.length;
    }

    /**
     * Whose view the region of a {@link #VIEW_OPENING} matcher opens with: "Pour la syndicaliste, …", "Selon les
     * militaires israéliens, …"; the matcher keeps the match for its caller.
     */
    private Optional<Resolution> viewHolder(Matcher forWhom, String raw, SpeakerResolver resolver, Quote last) {
        if (!forWhom.lookingAt()) {
            return Optional.empty();
        }
        // "Pour le ministre des Finances, Steven Vanackere, « … »": a name in apposition after the holder is who it is.
        int comma = raw.indexOf(',', forWhom.end());
        Optional<Resolution> apposed = comma < 0 || comma >= forWhom.regionEnd() ? Optional.empty()
                : apposedName(raw, forWhom.end(), comma + 1, resolver);
        return apposed.or(() -> resolver.resolve(new Span(forWhom.start(1), forWhom.end(1)), last));
    }

    /**
     * Whether a quotation is set apart: it opens its paragraph and at most a few words follow it ("« Peu de
     * garanties » sur l'emploi"), as in a subhead or a pull quote.
     */
    private static boolean isSetApart(String raw, Span words, Span paragraph) {
        return OPENING_MARKS_ONLY.matcher(raw).region(paragraph.start(), words.start()).matches()
                && WRITTEN_WORD.matcher(raw).region(words.end(), paragraph.end()).results().count()
                <= MAX_SUBHEAD_TAIL_WORDS;
    }

    /**
     * Whether a quotation is set as a subhead: set apart in a paragraph of a few words with no full stop ("« Je ne
     * veux que mon argent »"), where a quotation of a full paragraph ends its sentence.
     */
    private static boolean isSubhead(String raw, Span words, Span paragraph) {
        String line = paragraph.of(raw).strip();
        String said = words.of(raw).strip();
        return isSetApart(raw, words, paragraph) && !said.isEmpty()
                && ".…:".indexOf(said.charAt(said.length() - 1)) < 0
                && ".…:".indexOf(line.charAt(line.length() - 1)) < 0
                && line.split("\\s+").length <= MAX_SUBHEAD_WORDS;
    }

    /**
     * Whether the fragment lies between the speaker named in the sentence and the reported speech: "Toronto retiree
     * Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life."
     */
    private static boolean between(Quote fragment, Quote reported, Span sentence) {
        Span named = reported.speaker().mention();
        return named.start() >= sentence.start() && named.end() <= fragment.span().start()
                && fragment.span().end() <= reported.span().start() && reported.span().end() <= sentence.end();
    }

    /** Direct, partial, or null for words in marks that are a title or a name, not speech. */
    private QuoteKind kindOf(String raw, Quoted quote, Span sentence) {
        String words = quote.words().of(raw);
        String[] tokens = words.split("[\\s\\u00A0\\u202F]+");
        if (tokens.length < MIN_PARTIAL_WORDS) {
            return null;
        }
        // L'association "Antso ho fanavotam-pirenena", le mouvement « Y'en a marre »: capitalised words in marks
        // right after a noun of organisation or of a work are its name.
        if (tokens.length <= MAX_NAME_WORDS && Character.isUpperCase(words.charAt(0))
                && lexicons.isNamingNoun(wordBefore(raw, quote.open()))) {
            return null;
        }
        // « Just Coup It », "Operation Barkhane": a name in marks. "Face the Nation", "The Kid Who Would Be King.":
        // a title, its short words in lower case, its full stop inside the marks in American style.
        boolean capitalised = tokens.length <= MAX_TITLE_WORDS && java.util.Arrays.stream(tokens)
                .allMatch(t -> !t.isEmpty() && !Character.isLowerCase(t.charAt(0)));
        boolean titled = tokens.length >= MIN_TITLE_WORDS && tokens.length <= MAX_TITLE_WORDS
                && !Character.isLowerCase(tokens[0].charAt(0))
                && !Character.isLowerCase(tokens[tokens.length - 1].charAt(0))
                && java.util.Arrays.stream(tokens).allMatch(t -> !t.isEmpty()
                && (!Character.isLowerCase(t.charAt(0)) || TITLE_SMALL_WORDS.contains(t)));
        if (capitalised && !endsSentence(words) || titled) {
            return null;
        }
        String before = sentence == null ? "" : raw.substring(sentence.start(), quote.open()).strip();
        boolean opensSentence = onlyBullet(before) || before.endsWith(":") || quote.continuation()
                || introBefore.matcher(Folding.foldInPlace(before) + " ").find() && before.endsWith(",");
        char first = words.charAt(0);
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || first == '…' || first == '[';
        return capital && (opensSentence || endsSentence(words) && tokens.length >= 8) ? QuoteKind.DIRECT
                : QuoteKind.PARTIAL;
    }

    /** The most words a name or a title in marks after a noun naming its kind is taken to hold. */
    private static final int MAX_NAME_WORDS = 8;

    /** The word right before {@code at}, past white space; empty when punctuation or nothing stands there. */
    private static String wordBefore(String raw, int at) {
        int end = at;
        while (end > 0 && Folding.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(raw.charAt(start - 1))) {
            start--;
        }
        return raw.substring(start, end);
    }

    /** A list's dash or bullet, if any, before a quotation that opens a line ("– « La France ne défend … »"). */
    private static final Pattern LIST_BULLET = Pattern.compile("[-–—•·*]?");

    /** Whether the text is blank but for a list's dash or bullet: a quotation after it opens its line. */
    private static boolean onlyBullet(String text) {
        return LIST_BULLET.matcher(Folding.matchForm(text).strip()).matches();
    }

    private static boolean endsSentence(String words) {
        String trimmed = words.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    private Quote attribute(String raw, String folded, Quoted quote, QuoteKind kind, Span sentence,
                            List<Span> paragraphs, List<Span> sentences, SpeakerResolver resolver,
                            List<Quote> earlier) {
        Quote last = lastAttributed(earlier, quote.words().start());
        // 0. A transcript in quotation marks: the label opening the quotation names who speaks.
        Matcher label = SPEAKER_LABEL.matcher(raw).region(quote.words().start(), quote.words().end());
        if (label.lookingAt()) {
            Optional<Resolution> labelled = resolver.resolveLabel(new Span(label.start(1), label.end(1)), last);
            if (labelled.isPresent()) {
                return quote(quote, kind, labelled.get(), label.group().strip(), 0.85);
            }
        }
        Span paragraph = paragraphs.get(quote.paragraph());
        int afterMark = quote.unclosed() ? paragraph.end() : closingMarkEnd(raw, quote);
        // 1. An incise after the closing mark, in the same paragraph. After a quotation closing on a full stop,
        //    words that go on past the verb open a sentence of their own: "… vegetables.” The statement also said
        //    that …" is no incise (after "?" or "!" the sentence goes on: "“Are there prizes?” Lincicome asked
        //    before going off").
        if (!quote.unclosed()) {
            Optional<Quote> cue = incise(raw, folded, afterGloss(raw, afterMark, paragraph.end()), paragraph.end(),
                    quote, kind, resolver, last, 0.9, quote.words().of(raw).strip().endsWith("."));
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        // 2. An incise inside the quotation: « Nous …, a-t-il dit, nous … »
        Matcher inside = inciseInside.matcher(folded).region(quote.words().start(), quote.words().end());
        if (inside.find()) {
            int group = inside.start(1) >= 0 ? 1 : 2;
            Span pronoun = new Span(inside.start(group), inside.end(group));
            Optional<Resolution> who = resolver.resolve(pronoun, last);
            if (who.isPresent()) {
                return quote(quote, kind, who.get(), raw.substring(inside.start(), inside.end()).strip(), 0.85);
            }
        }
        //    or a named one: « La désinformation …, rappelle Ana Sofia Cardenal, professeure … Dans certains cas … »
        //    (a name only, of a person or written with capitals: a clause of the quotation may look like an incise).
        for (int comma = folded.indexOf(',', quote.words().start()); comma >= 0 && comma < quote.words().end();
             comma = folded.indexOf(',', comma + 1)) {
            Optional<Quote> cue = incise(raw, folded, comma, quote.words().end(), quote, kind, resolver, last, 0.8)
                    .filter(found -> found.cue().endsWith("(name)") || found.cue().endsWith("(phrase)")
                            && Character.isUpperCase(found.speaker().name().charAt(0)));
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        // 3. A speech verb or "selon X," before it in its sentence.
        if (sentence != null) {
            Optional<Quote> cue = before(raw, folded, sentence.start(), quote.open(), quote, kind, resolver, last,
                    0.85);
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        // 3b. A quotation in a sentence that goes on after it and ends with its attribution: "… seem like a direct
        //     «challenge to Israel», a deal was still possible, Sadeq Abu Amer told the AP.", "''To see … is
        //     stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein."
        if (kind != QuoteKind.INDIRECT && sentence != null && !quote.unclosed() && afterMark < sentence.end()) {
            Matcher tail = trailingIncise.matcher(folded).region(afterMark, sentence.end());
            Span who = tail.find() ? lastGroup(tail) : null;
            if (who != null) {
                Optional<Resolution> resolved = resolver.resolve(trimSubject(folded, who), last);
                if (resolved.isPresent()) {
                    return quote(quote, kind, resolved.get(), raw.substring(tail.start(), sentence.end()).strip(),
                            0.75);
                }
            }
        }
        // 3c. A quotation opening the sentence right after the attribution of the quotation before, in its paragraph:
        //     "“His goal is to win attention …,” Frolov said. “He’s pushing for talks …”" goes on with Frolov,
        //     whoever the next paragraph names.
        if (kind == QuoteKind.DIRECT && last != null && last.kind() != QuoteKind.INDIRECT
                && last.span().start() >= paragraph.start() && attributionBetween(raw, last, quote.open())) {
            return new Quote(quote.words(), kind, last.speaker(), "continues the quote before", 0.8);
        }
        // 4. An incise opening the next paragraph (after an unclosed quotation or one ending its paragraph).
        if (quote.paragraph() + 1 < paragraphs.size() && Folding.isBlank(raw.substring(afterMark,
                paragraph.end()).replace(",", ""))) {
            Span next = paragraphs.get(quote.paragraph() + 1);
            Matcher signed = SIGNATURE.matcher(folded).region(next.start(), next.end());
            if (kind == QuoteKind.DIRECT && signed.matches()) {
                Optional<Resolution> signer = resolver.resolve(new Span(signed.start(1), signed.end(1)), last);
                if (signer.isPresent()) {
                    return quote(quote, kind, signer.get(), next.of(raw).strip(), 0.8);
                }
            }
            Optional<Quote> cue = incise(raw, folded, next.start(), next.end(), quote, kind, resolver, last, 0.8,
                    true);
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        // 5. The sentence before, ending with a colon: "Le chef de la diplomatie malienne a déclaré :"; or, for a
        //    quotation opening its paragraph, the last sentence of the paragraph before when a speech verb there
        //    has a speaker: "However, Melber questions why …" / "“This means …"
        Span previous = sentenceBefore(sentences, quote.open());
        boolean colon = previous != null && previous.of(raw).strip().endsWith(":");
        // A speech verb inside the quotation before speaks for no one outside it.
        boolean opensParagraph = kind == QuoteKind.DIRECT && previous != null && quote.paragraph() > 0
                && earlier.stream().noneMatch(q -> q.span().start() <= previous.start()
                && previous.end() <= q.span().end() + MARK_AND_SPACE)
                && onlyBullet(raw.substring(paragraph.start(), quote.open()))
                && paragraphsBetween(paragraphs, previous.end(), quote.open()) <= 1;
        if (colon || opensParagraph) {
            Optional<Quote> cue = before(raw, folded, previous.start(), previous.end(), quote, kind, resolver, last,
                    colon ? 0.8 : 0.65);
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        // 5b. A fragment, or a quotation opening after a comma, in a sentence that opens with its subject, a person
        //     named or a pronoun: "Republican presidential front-runner Donald Trump is questioning whether … “if it
        //     were held in a mosque.”", "Earlier this week, Clinton shared a bit of her anxiety with an audience at a
        //     fundraiser in the Hamptons, “I do not know which Donald Trump will show up.”" (Clinton's, not a
        //     continuation of the quote before); for a fragment, before its possessor is.
        if (sentence != null && (kind == QuoteKind.PARTIAL || kind == QuoteKind.DIRECT
                && COMMA_BEFORE.matcher(raw).region(sentence.start(), quote.open()).find())) {
            Optional<Resolution> subject = openingSubject(raw, folded, sentence, quote.open(), resolver, last);
            if (subject.isPresent()) {
                return quote(quote, kind, subject.get(), "subject opening the sentence", 0.55);
            }
        }
        // 5b'. A quotation closing a sentence that opens with whose view it gives: "Pour son avocat, Me Paul Yomba,
        //     impossible de douter de sa bonne foi: «Toumba vit dans le véritable …»".
        if (kind == QuoteKind.DIRECT && sentence != null) {
            Optional<Resolution> holder = viewHolder(VIEW_OPENING.matcher(folded).region(sentence.start(),
                    quote.open()), raw, resolver, last);
            if (holder.isPresent()) {
                return quote(quote, kind, holder.get(), "view of the one the sentence opens with", 0.55);
            }
        }
        // 5c. A quotation opening a sentence, after a sentence of its paragraph that opens with a person or a
        //     pronoun: "But early on, he did have a number of patients die of overdoses, and became “acutely aware”
        //     of …. “When somebody dies, especially somebody young, you tend to remember that.”"
        if (kind == QuoteKind.DIRECT && sentence != null && previous != null
                && onlyBullet(raw.substring(sentence.start(), quote.open()))
                && paragraphsBetween(paragraphs, previous.end(), quote.open()) == 0) {
            // "Pour Stéphane Moreau, le PS sort indemne de cette procédure. « … »": or whose view it gives.
            Optional<Resolution> subject = viewHolder(VIEW_OPENING.matcher(folded)
                    .region(previous.start(), previous.end()), raw, resolver, last)
                    .or(() -> openingSubject(raw, folded, previous, previous.end(), resolver, last));
            if (subject.isPresent()) {
                return quote(quote, kind, subject.get(), "subject opening the sentence before", 0.5);
            }
        }
        // 5d. A quotation set as a subhead speaks for the section it opens, not for the one before: its speaker is
        //     the subject opening the next paragraph ("« Il était le bon client » / La Dernière heure n'élude …"),
        //     unless its words are found again there (`subheadSpeakers`).
        if (isSubhead(raw, quote.words(), paragraph)) {
            Span next = quote.paragraph() + 1 < paragraphs.size() ? paragraphs.get(quote.paragraph() + 1) : null;
            Span opening = next == null ? null : sentenceOf(sentences, next.start());
            Optional<Resolution> subject = opening == null ? Optional.empty()
                    : subjectFrom(raw, folded, opening.start(), opening.end(), resolver, last)
                    .or(() -> viewHolder(VIEW_OPENING.matcher(folded).region(opening.start(), opening.end()),
                            raw, resolver, last));
            return subject.map(who -> quote(quote, kind, who, "subject opening the paragraph after the subhead", 0.5))
                    .orElseGet(() -> new Quote(quote.words(), kind, null, null, 0.5));
        }
        // 6. The speaker of the quote just before, when nothing else was said in between; a subhead whose speaker is
        //    still unknown is passed over ("« … », a-t-elle expliqué. / « Je n'ai plus envie de me battre » / « Ce
        //    fut en fin de compte une décision facile … »").
        Quote prior = earlier.stream().filter(q -> q.span().start() < quote.words().start())
                .filter(q -> q.speaker() != null || paragraphs.stream().noneMatch(p -> p.start() <= q.span().start()
                        && q.span().end() <= p.end() && isSubhead(raw, q.span(), p)))
                .max(Comparator.comparingInt(q -> q.span().start())).orElse(null);
        //    A paragraph that reopens an unclosed quotation (the French convention) goes on with its speaker, past
        //    the subheads a page sets between them.
        if (kind == QuoteKind.DIRECT && prior != null && prior.speaker() != null
                && (quote.continuation() || paragraphsBetween(paragraphs, prior.span().end(),
                quote.words().start()) <= 1)) {
            return new Quote(quote.words(), kind, prior.speaker(), "continues the quote before", 0.6);
        }
        // 7. A fragment that is someone's: "Musk’s “production hell”", "He voiced his “Frustration, anger and
        //    helplessness”"; not after a speech verb: "what he called Machado’s “sex tape.”"
        if (kind == QuoteKind.PARTIAL && sentence != null) {
            Matcher possessor = POSSESSOR_BEFORE.matcher(raw).region(Math.max(sentence.start(),
                    quote.open() - MAX_POSSESSOR_CHARS), quote.open());
            if (possessor.find() && !verbBefore.matcher(folded).region(sentence.start(), possessor.start()).find()) {
                int group = possessor.start(1) >= 0 ? 1 : 2;
                Span whose = new Span(possessor.start(group), possessor.end(group));
                Optional<Resolution> owner = group == 1 ? resolver.resolveName(whose, true)
                        : resolver.resolve(whose, last);
                if (owner.isPresent()) {
                    return quote(quote, kind, owner.get(), possessor.group().strip(), 0.6);
                }
            }
        }
        // 8. A fragment in a sentence giving someone's view is theirs: "Pour la syndicaliste, il n’existe qu’une seule
        //    voie pour « apaiser la colère … »" (the sentence's subject, "il", stands for no one), "Selon les
        //    militaires israéliens, celui-ci se trouvait dans « un vaste complexe de souterrains … »".
        if (kind == QuoteKind.PARTIAL && sentence != null) {
            Matcher forWhom = VIEW_OPENING.matcher(folded).region(sentence.start(), quote.open());
            Optional<Resolution> holder = viewHolder(forWhom, raw, resolver, last);
            if (holder.isPresent()) {
                return quote(quote, kind, holder.get(), raw.substring(forWhom.start(), forWhom.end()).strip(), 0.6);
            }
        }
        // 9. A fragment quoted in a sentence whose subject is a person named there or a pronoun: "Mme Binet est
        //    « arrivée avec [s]on ordre du jour »", "she didn't want her son to be looked on as “another druggie.”"
        //    — the words are that person's.
        if (kind == QuoteKind.PARTIAL && sentence != null) {
            Span subject = subjectBefore(folded, sentence.start(), quote.open());
            Matcher pronoun = subject == null ? null : SUBJECT_PRONOUN.matcher(folded).region(subject.start(),
                    subject.end());
            // "l’état général de Boris Faure « s’est rapidement dégradé »", "il s'en était pris à Frédéric Beigbeder
            // et aux « fils de … »": a name after a preposition is no subject.
            Optional<Resolution> named = subject == null ? Optional.empty()
                    : pronoun.lookingAt() ? resolver.resolve(new Span(pronoun.start(1), pronoun.end(1)), last)
                    : resolver.resolveName(subject).filter(r -> !PREPOSITION_BEFORE.matcher(folded)
                    .region(subject.start(), r.speaker().mention().start()).find());
            if (named.isPresent()) {
                return quote(quote, kind, named.get(), "subject of the sentence", 0.6);
            }
        }
        // 10. A fragment in the paragraph of a quote before it, with no one named in between (nor a group: "Dans
        //     leur discussion, ils ont évoqué « … »"), is that speaker's:
        //     "Pour la vice-première ministre cdH Joëlle Milquet, les négociations ont accouché d'un "budget sérieux
        //     et équilibré". Les "mesures qui fâchent" … ont été "évitées"".
        if (kind == QuoteKind.PARTIAL && prior != null && prior.speaker() != null
                && prior.span().start() >= paragraph.start() && prior.span().end() <= quote.open()
                && !resolver.namesSomeoneIn(new Span(prior.span().end(), quote.open()))
                && !PLURAL_WORD.matcher(folded).region(prior.span().end(), quote.open()).find()) {
            return new Quote(quote.words(), kind, prior.speaker(), "continues the quote before", 0.5);
        }
        // 11. A quotation opening its paragraph, after a paragraph with no quotation that opens with a person as its
        //     subject, is that person's: "Zakaria Shehab, 37 ans, habite à Jabalia, … Son témoignage a été recueilli
        //     …" / "« Le pire, c’est la nuit. …".
        if (kind == QuoteKind.DIRECT && quote.paragraph() > 0
                && onlyBullet(raw.substring(paragraph.start(), quote.open()))) {
            Span before = paragraphs.get(quote.paragraph() - 1);
            Span opening = sentenceOf(sentences, before.start());
            Optional<Resolution> subject = opening == null || earlier.stream().anyMatch(q -> before.overlaps(q.span()))
                    ? Optional.empty() : subjectFrom(raw, folded, opening.start(), opening.end(), resolver, last);
            if (subject.isPresent()) {
                return quote(quote, kind, subject.get(), "subject opening the paragraph before", 0.45);
            }
        }
        return new Quote(quote.words(), kind, null, null, 0.5);
    }

    /**
     * The person a sentence opens with as its subject, before {@code to}: a pronoun, or a name after a few words
     * of description and no preposition ("Republican presidential front-runner Donald Trump"), followed by a
     * verb in lower case, perhaps after an apposition between commas.
     */
    private static Optional<Resolution> openingSubject(String raw, String folded, Span sentence, int to,
                                                       SpeakerResolver resolver, Quote last) {
        Optional<Resolution> subject = subjectFrom(raw, folded, sentence.start(), to, resolver, last);
        // "Earlier this week, Clinton shared …", "But early on, he did have …": else after a phrase of time or place,
        // or two ("Maman de deux enfants, Lotte et Saartje, Tia Hellebaut avait ouvert …").
        Matcher opener = OPENING_PHRASE.matcher(folded).region(sentence.start(), to);
        for (int phrases = 0; subject.isEmpty() && phrases < MAX_OPENING_PHRASES && opener.lookingAt(); phrases++) {
            int end = opener.end();
            subject = subjectFrom(raw, folded, end, to, resolver, last);
            opener.region(end, to);
        }
        return subject;
    }

    /** A pronoun at {@code start}, or the person named from there, as the subject of a verb. */
    private static Optional<Resolution> subjectFrom(String raw, String folded, int start, int to,
                                                    SpeakerResolver resolver, Quote last) {
        Matcher pronoun = OPENING_PRONOUN.matcher(folded).region(start, to);
        return pronoun.lookingAt() ? resolver.resolve(new Span(pronoun.start(1), pronoun.end(1)), last)
                : namedSubject(raw, folded, start, to, resolver);
    }

    /**
     * The person, else the organisation, named from {@code start}, after a few words of description, as the subject
     * of a verb ("La Libre préfère chercher l'homme …").
     */
    private static Optional<Resolution> namedSubject(String raw, String folded, int start, int to,
                                                     SpeakerResolver resolver) {
        Span opening = new Span(start, Math.min(to, start + MAX_OPENING_SUBJECT_CHARS));
        Optional<Resolution> named = resolver.resolveName(opening).or(() -> resolver.organisationIn(opening));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Span mention = named.get().speaker().mention();
        boolean described = DESCRIPTION_BEFORE_NAME.matcher(folded).region(start, mention.start()).matches();
        // "Le chef de la diplomatie européenne, Josep Borrell, s'était quant à lui dit « … »": or a description,
        // then the name between commas, then its verb.
        boolean apposed = !described && DESCRIPTION_APPOSED_TO_NAME.matcher(folded).region(start, mention.start())
                .matches() && VERB_AFTER_APPOSED_NAME.matcher(raw).region(mention.end(), to).lookingAt();
        if (!apposed && !(described && VERB_AFTER_SUBJECT.matcher(raw).region(mention.end(), to).lookingAt())) {
            return Optional.empty();
        }
        // "Le journaliste de la RTBF ne s'est pas « senti menacé »": a name completing a noun of person is not the
        // subject; the person described is.
        return resolver.complementOfPersonNoun(start, mention)
                ? resolver.resolve(new Span(start, mention.end()), null) : named;
    }

    private Optional<Quote> incise(String raw, String folded, int from, int to, Quoted quote, QuoteKind kind,
                                   SpeakerResolver resolver, Quote last, double confidence) {
        return incise(raw, folded, from, to, quote, kind, resolver, last, confidence, false);
    }

    /**
     * @param newSentence the incise is looked for where a sentence may begin (the next paragraph, or after a
     *                    quotation ending its sentence): there an English subject and verb are an incise only if
     *                    the clause ends soon ("Cooper said."), not when they open a sentence of their own ("Gambill
     *                    told a few thousand teachers that …")
     */
    private Optional<Quote> incise(String raw, String folded, int from, int to, Quoted quote, QuoteKind kind,
                                   SpeakerResolver resolver, Quote last, double confidence, boolean newSentence) {
        for (Pattern pattern : List.of(inciseAfter, accordingTo, quoteCredit, inciseInverted, inciseEnglish,
                WORDS_OF)) {
            // The English incise tells a name by its capitals, so it reads the text as written.
            Matcher m = pattern.matcher(pattern == inciseEnglish ? raw : folded).region(from, to);
            if (!m.find()) {
                continue;
            }
            Span who = pattern == inciseEnglish ? new Span(m.start(1), m.end(1)) : lastGroup(m);
            if (who == null || newSentence && pattern != WORDS_OF && !clauseEndsSoon(raw, m.end(), to)
                    || QUESTION_OPENING.matcher(folded).region(who.start(), who.end()).lookingAt()) {
                continue;
            }
            // "…,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO": a name that is the whole
            // apposition says who the description is.
            Optional<Resolution> resolved = pattern == inciseEnglish && m.start("apposition") >= 0
                    ? apposedName(raw, m.start("apposition"), m.end("apposition"), resolver) : Optional.empty();
            resolved = resolved.or(() -> resolver.resolve(trimSubject(folded, who), last));
            // "», a déclaré ce matin, sur Twizz radio, Mischael Modrikamen": when and where come first, the subject
            // after an aside between commas.
            // "» a annoncé, mercredi 18 août, la Protection civile algérienne": or the aside was the first part.
            if (resolved.isEmpty() && pattern == inciseAfter && folded.charAt(m.end() - 1) == ',') {
                Matcher aside = ASIDE_THEN_SUBJECT.matcher(folded).region(m.end(), to);
                Matcher subject = SUBJECT_AFTER_VERB.matcher(folded).region(m.end(), to);
                Span after = aside.lookingAt() ? new Span(aside.start(1), aside.end(1))
                        : folded.substring(m.start(), who.start()).stripTrailing().endsWith(",") && subject.lookingAt()
                        ? new Span(subject.start(1), subject.end(1)) : null;
                if (after != null) {
                    resolved = resolver.resolve(trimSubject(folded, after), last);
                }
            }
            if (pattern == inciseEnglish && !newSentence) {
                resolved = resolved.or(() -> resolver.someoneDescribed(trimSubject(folded, who)));
            }
            if (resolved.isPresent()) {
                return Optional.of(quote(quote, kind, resolved.get(), raw.substring(m.start(), m.end()).strip(),
                        confidence));
            }
        }
        return Optional.empty();
    }

    /**
     * The person whose name is all of an apposition between commas ([start, end) ends with its comma), after an
     * honorific or a title at most ("Pour son avocat, Me Paul Yomba, …").
     */
    private Optional<Resolution> apposedName(String raw, int start, int end, SpeakerResolver resolver) {
        Span apposition = trimSpaces(raw, start, end - 1);
        return apposition == null ? Optional.empty() : resolver.resolveName(apposition)
                .filter(r -> r.speaker().mention().end() == apposition.end() && Arrays.stream(raw.substring(
                        apposition.start(), r.speaker().mention().start()).split("\\s+")).filter(w -> !w.isEmpty())
                        .allMatch(w -> lexicons.isHonorific(w.replace(".", "")) || lexicons.isTitle(w)));
    }

    /**
     * Whether the clause at {@code from} ends within a few words ("said on Tuesday."), before {@code to}; not with a
     * colon, which opens what the clause brings in ("her Twitter account posted: “…”").
     */
    private static boolean clauseEndsSoon(String raw, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (".,;:!?".indexOf(c) >= 0) {
                return c != ':';
            }
            if (Character.isLetter(c) && (i == from || !Character.isLetter(raw.charAt(i - 1))) && ++words > 4) {
                return false;
            }
        }
        return true;
    }

    private Optional<Quote> before(String raw, String folded, int from, int to, Quoted quote, QuoteKind kind,
                                   SpeakerResolver resolver, Quote last, double confidence) {
        String text = folded.substring(from, to);
        Matcher intro = introBefore.matcher(text);
        if (intro.find()) {
            Span who = new Span(from + intro.start(1), from + intro.end(1));
            Optional<Resolution> resolved = resolver.resolve(who, last);
            if (resolved.isPresent()) {
                return Optional.of(quote(quote, kind, resolved.get(), raw.substring(from + intro.start(), to).strip(),
                        confidence));
            }
        }
        // "Et d'ajouter qu'…, « … »", "avant de préciser : « … »": the infinitive's subject is the last speaker.
        Matcher infinitive = speechInfinitive.matcher(text);
        if (last != null && infinitive.find()) {
            return Optional.of(quote(quote, kind, new Resolution(last.speaker(), 0.8, "infinitive → last speaker"),
                    raw.substring(from + infinitive.start(), to).strip(), confidence));
        }
        Matcher as = asSays.matcher(text);
        if (as.find()) {
            Optional<Resolution> resolved = resolver.resolve(new Span(from + as.start(1), from + as.end(1)), last);
            if (resolved.isPresent()) {
                return Optional.of(quote(quote, kind, resolved.get(), raw.substring(from + as.start(), to).strip(),
                        confidence));
            }
        }
        Matcher verb = verbBefore.matcher(text);
        int verbStart = -1;
        int cueStart = -1;
        int previousCueStart = -1;
        int verbEnd = -1;
        String verbWord = null;
        while (verb.find()) {
            // "Sébastien Jost, porte-parole de la police, confirme et commente :": two verbs share one subject.
            boolean coordinated = verbEnd >= 0 && COORDINATION_ONLY.matcher(text).region(verbEnd, verb.start(1))
                    .matches();
            if (!coordinated) {
                previousCueStart = cueStart;
                cueStart = verb.start();
            }
            verbStart = verb.start(1);
            verbEnd = verb.end();
            verbWord = verb.group(1);
        }
        if (verbStart < 0) {
            Optional<Quote> colon = colonSubject(folded, from, to, resolver).map(subject -> quote(quote, kind,
                    subject.resolution(), raw.substring(subject.span().start(), to).strip()
                            + " (subject before the colon)", confidence * 0.75));
            // "Lundi 6 mai, Sebastian Kurz, le chancelier autrichien, n’a pas hésité à montrer du doigt la situation
            // transalpine, dans un entretien à la Stampa : « … »": else the person opening the sentence.
            return colon.isPresent() || !text.stripTrailing().endsWith(":") ? colon
                    : openingSubject(raw, folded, new Span(from, to), to, resolver, last).map(subject -> quote(quote,
                    kind, subject, "subject opening the sentence before the colon", confidence * 0.7));
        }
        // "Graham said on MSNBC's “Morning Joe,” adding, “…”", "Mr. Trump … issued a statement Tuesday saying, “…”":
        // a participle after a comma or a verb's phrase has the subject of the speech verb before it, else the
        // sentence's, the person named first in it.
        Optional<Subject> subject = speakerOf(folded, from, from + cueStart, resolver, last);
        if (verbWord.endsWith("ing") && (COMMA_BEFORE.matcher(text).region(0, cueStart).find()
                || subject.isPresent() && opensWithVerbPhrase(folded, subject.get().span()))) {
            Optional<Resolution> first = previousCueStart < 0 ? Optional.empty()
                    : speakerOf(folded, from, from + previousCueStart, resolver, last).map(Subject::resolution);
            Span beforeVerb = new Span(from, from + cueStart);
            first = first.or(() -> resolver.resolveName(beforeVerb));
            if (first.isPresent()) {
                return Optional.of(quote(quote, kind, first.get(),
                        raw.substring(from + verbStart, to).strip() + " (subject of the sentence)", confidence * 0.9));
            }
        }
        // "C'est ce qu'a rapporté un communiqué du ministère nigérien de la Défense, qui …": after "ce que" the verb's
        // subject follows it; so it does in an incise between commas ("L'attaque, a indiqué un responsable de la
        // défense, a touché …").
        Matcher determined = DETERMINED_SUBJECT_AFTER.matcher(folded).region(from + verbEnd, to);
        boolean incise = !verbWord.endsWith("ant") && INCISE_COMMA_BEFORE.matcher(text).region(0, cueStart).find()
                && determined.lookingAt() && lexicons.isListedNoun(determined.group(1));
        boolean relative = RELATIVE_OBJECT_BEFORE.matcher(folded).region(from, from + cueStart).find();
        if (incise || relative) {
            Matcher after = SUBJECT_AFTER_VERB.matcher(folded).region(from + verbEnd, to);
            Optional<Resolution> inverted = after.lookingAt()
                    ? resolver.resolve(trimSubject(folded, new Span(after.start(1), after.end(1))), last)
                    : Optional.empty();
            String cue = raw.substring(from + cueStart, to).strip();
            if (inverted.isPresent() || relative) {
                return inverted.map(who -> quote(quote, kind, who, cue, confidence * 0.9));
            }
        }
        // "Stated Stone:", "Added Mr. Bush:": a verb opening its clause, its subject after it and before a colon;
        // "…, asks Policy Options editor Jennifer Ditchburn, “…”": or a name between commas, whatever came before.
        // "Le maire a remercié ses électeurs, salué son adversaire Antoine Maurice, « … »": a past participle without
        // its auxiliary shares the subject of the one before it; the name after it is its object.
        boolean participle = Folding.isBlank(text.substring(cueStart, verbStart).replace(",", ""))
                && PAST_PARTICIPLE_END.matcher(raw.substring(from + verbStart, from + verbEnd).strip()).find();
        Span inverted = participle ? null : invertedSubject(folded, from, from + verbEnd, to, subject.isPresent());
        if (inverted != null) {
            Optional<Resolution> named = resolver.resolveName(inverted)
                    .filter(r -> r.speaker().mention().end() == inverted.end());
            if (named.isPresent()) {
                return Optional.of(quote(quote, kind, named.get(), raw.substring(from + verbStart, to).strip(),
                        confidence));
            }
        }
        return subject.map(found -> quote(quote, kind, found.resolution(), raw.substring(found.span().start(), to)
                .strip(), confidence));
    }

    /**
     * The few words between a verb that opens its clause and the colon or comma ending the text, its inverted
     * subject; when the clause before already has a subject, only a name between commas overrides it.
     */
    private static Span invertedSubject(String folded, int from, int verbEnd, int to, boolean subjectBefore) {
        String rest = folded.substring(verbEnd, to).strip();
        String verb = folded.substring(clauseStart(folded, from, verbEnd), verbEnd);
        boolean opensClause = Folding.isBlank(verb.replaceFirst("^\\s*\\p{L}+", ""));
        char end = subjectBefore || rest.endsWith(",") ? ',' : ':';
        // After a comma the verb opens a clause of its own ("…, asks Policy Options editor Jennifer Ditchburn, “…").
        opensClause |= end == ',' && verb.replaceFirst("\\s*\\p{L}+\\s*$", "").endsWith(",");
        return opensClause && rest.endsWith(String.valueOf(end))
                && rest.split("\\s+").length <= MAX_INCISE_SUBJECT_WORDS
                ? trimSpaces(folded, verbEnd, folded.lastIndexOf(end, to)) : null;
    }

    /** "issued a statement Tuesday": a phrase opening with a verb in the past, no noun phrase. */
    private static boolean opensWithVerbPhrase(String folded, Span phrase) {
        Matcher first = WORD.matcher(folded).region(phrase.start(), phrase.end());
        return first.lookingAt() && first.group().length() > 3 && first.group().endsWith("ed");
    }

    /**
     * "Martell, the addictions doctor on Nova Scotia's South Shore, is more blunt: “…”", "Musk again took to Twitter
     * with this: “…”": without a speech verb, the person who opens the clause before a colon.
     */
    private static Optional<Subject> colonSubject(String folded, int from, int to, SpeakerResolver resolver) {
        String before = folded.substring(from, to).stripTrailing();
        if (!before.endsWith(":")) {
            return Optional.empty();
        }
        int colon = from + before.length() - 1;
        int start = clauseStart(folded, from, colon);
        Optional<Subject> named = nameBeforeComma(folded, start, colon, resolver);
        if (named.isPresent()) {
            return named;
        }
        // "Louis Nicollin (Montpellier): «…»": a headline's name may be followed by its club or party in brackets,
        // or by what the person is ("Ron Jans, nouvel entraîneur du Standard: «…»").
        Matcher bracketed = TRAILING_BRACKETS.matcher(folded).region(start, colon);
        int comma = folded.indexOf(',', start);
        Span clause = trimSpaces(folded, start, comma >= 0 && comma < colon ? comma
                : bracketed.find() ? bracketed.start() : colon);
        // "Moreau : « Daerden n’est pas un clown »", "Van Damme: « … »" (a headline's way): a word or two before the
        // colon may be the surname alone.
        return clause == null ? Optional.empty() : resolver.resolveName(clause)
                .filter(r -> r.speaker().mention().start() == clause.start())
                .or(() -> clause.of(folded).split("\\s+").length > MAX_SURNAME_WORDS ? Optional.empty()
                        : resolver.resolveLabel(clause, null).filter(r -> r.how().equals("label")))
                .map(r -> new Subject(r.speaker().mention(), r));
    }

    /**
     * Reported speech in a sentence. A sentence may also quote a few words ("… a affirmé avoir fait échouer la
     * campagne, au lendemain d'un discours jugeant la guerre «mondiale»"); reported speech is kept unless its
     * cue sits inside a quotation or quotations make up much of it, in which case the quotations are the quotes.
     */
    private void indirect(String raw, String folded, Span sentence, List<Quoted> quoted, SpeakerResolver resolver,
                          List<Quote> quotes) {
        List<Quote> found = new ArrayList<>();
        reported(raw, folded, sentence, resolver, quotes, found);
        for (Quote quote : found) {
            int covered = 0;
            boolean cueQuoted = false;
            for (Quoted q : quoted) {
                covered += Math.max(0, Math.min(q.words().end(), quote.span().end())
                        - Math.max(q.words().start(), quote.span().start()));
                cueQuoted |= q.open() < sentence.end() && q.words().end() > sentence.start()
                        && q.words().start() <= quote.span().start() && q.words().end() >= quote.span().start();
            }
            if (!cueQuoted && covered * 10 < quote.span().length() * QUOTED_SHARE_TENTHS) {
                quotes.add(quote);
            }
        }
    }

    private void reported(String raw, String folded, Span sentence, SpeakerResolver resolver, List<Quote> quotes,
                          List<Quote> out) {
        String text = folded.substring(sentence.start(), sentence.end());
        Quote last = lastAttributed(quotes, sentence.start());
        // A sentence that ends with its attribution ("…, a souligné le ministre.", "…, Morrison testified.") is
        // reported as a whole, even when it reports someone else's words inside; but an outlet reporting what someone
        // said that … relays it ("Abdoulaye Diop, a déclaré que …, a rapporté l’agence de presse Sputnik.").
        Matcher tail = trailingIncise.matcher(text);
        if (tail.find() && tail.start() > 0 && !clauseAfterVerb(text, tail)
                && !namedSubjectBefore(raw, folded, sentence, tail, resolver)
                && !(OUTLET_REPORTING.matcher(tail.group()).find()
                && reportedThat.matcher(text).region(0, tail.start()).find())) {
            Span who = lastGroup(tail);
            if (who != null && addReported(trim(raw, sentence.start(), sentence.start() + tail.start()),
                    trimSubject(folded, new Span(sentence.start() + who.start(), sentence.start() + who.end())),
                    raw.substring(sentence.start() + tail.start(), sentence.end()).strip(), 0.75, resolver, last,
                    CITING.matcher(tail.group()).lookingAt(), out)) {
                return;
            }
        }
        // "…, Sen. Lindsey Graham (R-S.C.) told The Huffington Post.": the listener names no clause of its own.
        Matcher told = trailingTold.matcher(text);
        if (told.find() && told.start() > 0 && isListener(told.group(2))
                && addReported(trim(raw, sentence.start(), sentence.start() + told.start()),
                trimSubject(folded, new Span(sentence.start() + told.start(1), sentence.start() + told.end(1))),
                raw.substring(sentence.start() + told.start(), sentence.end()).strip(), 0.75, resolver, last, out)) {
            return;
        }
        Matcher imp = impersonal.matcher(text);
        if (imp.find() && imp.start() > 0 && addReported(trim(raw, sentence.start(), sentence.start() + imp.start()),
                new Span(sentence.start() + imp.start(1), sentence.start() + imp.end(1)),
                raw.substring(sentence.start() + imp.start(), sentence.end()).strip(), 0.7, resolver, last, out)) {
            return;
        }
        if (twoStatements(raw, folded, sentence, resolver, quotes, out)) {
            return;
        }
        // "Après l'annonce d'Emmanuel Macron selon laquelle la France allait reconnaître l'État de Palestine, le
        // gouvernement israélien …": what a statement of someone's said, to the end of its clause.
        Matcher statement = STATEMENT_SAYING.matcher(text);
        if (statement.find()) {
            int end = text.indexOf(',', statement.end());
            if (addReported(trim(raw, sentence.start() + statement.end(), end < 0 ? sentence.end()
                            : sentence.start() + end), trimSubject(folded, new Span(sentence.start()
                            + statement.start(1), sentence.start() + statement.end(1))),
                    raw.substring(sentence.start() + statement.start(), sentence.start() + statement.end()).strip(),
                    0.65, resolver, last, out)) {
                return;
            }
        }
        // "Perdue said he didn't believe …, arguing that it was …": two statements of one speaker, the participle's
        // subject being the main clause's.
        Matcher participle = participleAfterComma.matcher(text);
        if (participle.find() && participle.start() > 0) {
            List<Quote> main = new ArrayList<>();
            reported(raw, folded, new Span(sentence.start(), sentence.start() + participle.start()), resolver, quotes,
                    main);
            Span content = trim(raw, sentence.start() + participle.end(), sentence.end());
            if (!main.isEmpty() && content != null) {
                Quote first = main.get(0);
                // '"justice est faite", a affirmé M. Obama, tout en prévenant …': a quotation is the main clause's
                // quote, its attribution only names the participle's speaker.
                if (!QUOTED_WORDS.matcher(folded.substring(first.span().start(), first.span().end())).find()) {
                    out.add(first);
                }
                out.add(new Quote(content, QuoteKind.INDIRECT, first.speaker(),
                        raw.substring(sentence.start() + participle.start(), sentence.start() + participle.end())
                                .strip() + " (subject of the main clause)", first.confidence()));
                return;
            }
        }
        if (forWhom(raw, folded, sentence, text, resolver, last, out)) {
            return;
        }
        // "According to police, officers saw …": the rest of the sentence; "The top 1 percent would see …, according
        // to the Tax Foundation, more than …": the clause before.
        // A clause with quotations in it is left to them ("Les comptes se sont « très fortement dégradés », …, selon
        // la Drees, le service …").
        Matcher opening = accordingTo.matcher(text);
        Matcher inside = accordingToInside.matcher(text);
        boolean opens = opening.find() && text.charAt(opening.end() - 1) == ',';
        // "The AP reported that, according to an analysis …, 85 of the 154 meetings …": after a verb's "that", the
        // source is the verb's subject, the clause after the aside what was said; so it is when the aside stands
        // further inside what the verb reports ("le tabloïd Blesk note également que le ministre … du restaurant qui,
        // selon les mesures sanitaires en vigueur, devrait être fermé").
        if (opens || inside.find() && text.substring(0, inside.start()).chars()
                .noneMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0)
                && !CONJUNCTION_ENDING.matcher(text.substring(0, inside.start())).find()
                && !reportedThat.matcher(text).region(0, inside.start()).find()) {
            Matcher source = opens ? opening : inside;
            Span content = opens ? trim(raw, sentence.start() + source.end(), sentence.end())
                    : trim(raw, sentence.start(), sentence.start() + source.start());
            if (addReported(content, trimSubject(folded, new Span(sentence.start() + source.start(1),
                            sentence.start() + source.end(1))),
                    raw.substring(sentence.start() + source.start(), sentence.start() + source.end()).strip(), 0.7,
                    resolver, last, true, out)) {
                return;
            }
        }
        // The patterns below all hold a speech verb or a directive: most sentences have none, and one scan tells.
        if (!holdsSpeechVerb(text, 0, text.length())) {
            return;
        }
        Matcher mid = inciseMidSentence.matcher(text);
        if (mid.find()) {
            Span who = lastGroup(mid);
            Span subject = who == null ? null : new Span(sentence.start() + who.start(), sentence.start() + who.end());
            String cue = raw.substring(sentence.start() + mid.start(), sentence.start() + mid.end()).strip();
            Span before = trim(raw, sentence.start(), sentence.start() + mid.start());
            Span after = trim(raw, sentence.start() + mid.end(), sentence.end());
            boolean midIncise = subject != null
                    && isMidIncise(raw, sentence.start() + mid.start(), sentence.start() + mid.end(), subject);
            // "Victims of domestic violence … would be considered a distinct group for purposes of asylum, Sanders
            // said, a policy that could make it easier …": after a clause, the incise reports the clause before it,
            // and the rest too unless it is an apposition to what was said.
            // "There are people trying to create fear, intolerance and misinformation …, he said, though he did not
            // name any": a concession after the incise is the reporter's; what was said is the clause before, commas
            // and all.
            boolean asideAfter = after != null
                    && ASIDE_OPENING.matcher(folded).region(after.start(), after.end()).lookingAt();
            if (midIncise && before != null && before.of(raw).strip().split("\\s+").length >= MIN_STATEMENT_WORDS
                    && (before.of(raw).indexOf(',') < 0 || asideAfter)
                    && !CLAUSE_OPENING_PHRASE.matcher(folded).region(before.start(), before.end()).lookingAt()
                    && addReported(before, trimSubject(folded, subject), cue, 0.7, resolver, last, out)) {
                if (after != null && !asideAfter
                        && !APPOSITION_OPENING.matcher(folded).region(after.start(), after.end()).lookingAt()) {
                    Quote first = out.get(out.size() - 1);
                    out.add(new Quote(after, QuoteKind.INDIRECT, first.speaker(), cue, first.confidence()));
                }
                return;
            }
            if (midIncise && addReported(after, trimSubject(folded, subject), cue, 0.7, resolver, last, out)) {
                return;
            }
        }
        String written = raw.substring(sentence.start(), sentence.end());
        Matcher that = reportFrom(text, written, 0);
        if (that == null) {
            return;
        }
        boolean withoutThat = that.pattern() == reportedEnglish;
        if (!withoutThat) {
            // "He said his recent attacks … have given his campaign momentum and said that Trump did not …": the
            // first of two coordinated verbs opens the first statement, not the "said that" after "and".
            Matcher conjunction = CONJUNCTION_BEFORE.matcher(text).region(0, that.start());
            Matcher earlier = reportedEnglish.matcher(text).useTransparentBounds(true);
            if (conjunction.find() && earlier.region(0, conjunction.start()).find()) {
                that = earlier;
                withoutThat = true;
            }
        }
        // "Barkley, who said he typically votes democratic, said one candidate he likes …": a statement in a
        // relative clause, to the comma before the main clause's, both of the antecedent; "Mr. Carson, who claimed
        // at one point that China was becoming involved in Syria, and Donald J. Trump, who suggested …": to the comma
        // before a conjunction, then the rest of the sentence when it holds a speech verb.
        int subjectEnd = that.start();
        int relative = text.lastIndexOf(RELATIVE_OPENING, that.start());
        if (relative >= 0 && text.indexOf(',', relative + 1) >= that.start()) {
            Matcher main = reportFrom(text, written, that.end());
            int relativeEnd = main == null ? -1 : text.lastIndexOf(',', main.start());
            Matcher coordination = COORDINATION.matcher(text).region(that.end(), text.length());
            if (relativeEnd > that.end()) {
                reported(raw, folded, new Span(sentence.start() + relative + 1, sentence.start() + relativeEnd),
                        resolver, quotes, out);
                withoutThat = main.pattern() == reportedEnglish;
                that = main;
                subjectEnd = relative;
            } else if (main == null && coordination.find() && holdsSpeechVerb(text, coordination.end(), text.length())) {
                reported(raw, folded, new Span(sentence.start() + relative + 1, sentence.start() + coordination.start()),
                        resolver, quotes, out);
                reported(raw, folded, new Span(sentence.start() + coordination.end(), sentence.end()), resolver, quotes,
                        out);
                return;
            }
        }
        Optional<Subject> subject = speakerOf(folded, sentence.start(), sentence.start() + subjectEnd, resolver,
                last);
        // "Graham called both Trump and … Hillary Clinton “crazy” and said the Republican party …": a verb after
        // "and" shares the subject its sentence opens with.
        if (CONJUNCTION_BEFORE.matcher(text).region(0, that.start()).find()) {
            Optional<Resolution> sharedSubject = openingSubject(raw, folded, sentence, sentence.start() + that.start(),
                    resolver, last);
            if (sharedSubject.isPresent()) {
                subject = Optional.of(new Subject(new Span(sentence.start(), sentence.start() + that.start()),
                        sharedSubject.get()));
            }
        }
        // "Clinton spoke out about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that …": a participle
        // after a comma has the sentence's subject, the person named first in it, not the words before the comma.
        Matcher cueWord = WORD.matcher(text).region(that.start(), that.end());
        int verbAt = cueWord.find() ? sentence.start() + cueWord.start() : -1;
        // "The billionaire businessman began by talking about …, saying that …": or a description opening it.
        Optional<Resolution> participleSubject = Optional.empty();
        if (verbAt >= 0 && cueWord.group().endsWith("ing")
                && folded.substring(sentence.start(), verbAt).strip().endsWith(",")) {
            Span beforeParticiple = new Span(sentence.start(), verbAt);
            participleSubject = resolver.resolveName(beforeParticiple).or(() -> DEFINITE_OPENING.matcher(folded)
                    .region(sentence.start(), verbAt).lookingAt() ? resolver.resolve(beforeParticiple, last)
                    : Optional.empty());
        }
        // "Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to …": the
        // question opening the sentence has no subject; the statement follows its comma.
        if (subject.isEmpty() && participleSubject.isEmpty() && ASKED_OPENING.matcher(text).lookingAt()) {
            int questionEnd = text.indexOf(',', that.end());
            if (questionEnd > 0) {
                reported(raw, folded, new Span(sentence.start() + questionEnd + 1, sentence.end()), resolver, quotes,
                        out);
                return;
            }
        }
        int contentStart = sentence.start() + that.end();
        int contentEnd = sentence.end();
        for (Pattern trailing : List.of(trailingIncise, trailingSource)) {
            Matcher end = trailing.matcher(text);
            if (end.find() && end.start() > that.end()) {
                contentEnd = Math.min(contentEnd, sentence.start() + end.start());
            }
        }
        Span content = trim(raw, contentStart, contentEnd);
        // Without "that", only a clause is reported speech: "told the AP in an interview" reports nothing; a subject
        // pronoun and its verb make one in fewer words: "half of GOP primary voters said they were angry".
        if (withoutThat && content != null) {
            String[] words = content.of(raw).strip().split("\\s+");
            int least = SUBJECT_PRONOUNS.contains(Folding.lowerMatchForm(words[0])) ? MIN_PRONOUN_CLAUSE_WORDS
                    : MIN_CLAUSE_WORDS;
            if (words.length < least) {
                return;
            }
        }
        // "une assistance que M. Lavrov a promis de poursuivre": an infinitive alone reports no statement.
        if (that.pattern() == reportedInfinitive && content != null
                && content.of(raw).strip().split("\\s+").length < MIN_INFINITIVE_WORDS) {
            return;
        }
        // "50 member states that have French as a common language": after a plural noun that looks like a verb, a
        // "that" followed by a verb is a relative pronoun ("He said that would permit …" reports "that").
        Matcher firstWord = WORD.matcher(folded).region(contentStart, contentEnd);
        if (!withoutThat && verbAt >= 0 && cueWord.group().endsWith("s") && firstWord.find()
                && RELATIVE_CLAUSE_VERBS.contains(firstWord.group())) {
            return;
        }
        if (content == null) {
            return;
        }
        String cue;
        Resolution speaker;
        double confidence;
        if (participleSubject.isPresent()) {
            cue = raw.substring(verbAt, contentStart).strip() + " (subject of the sentence)";
            speaker = participleSubject.get();
            confidence = 0.7;
        } else if (subject.isPresent()) {
            cue = raw.substring(subject.get().span().start(), contentStart).strip();
            speaker = subject.get().resolution();
            confidence = 0.75;
        } else {
            return;
        }
        // "… said earlier Monday that it was up to the Council of Rulers …, but added that he hoped it would be done
        // quickly.": two statements of one speaker.
        Matcher second = coordinatedVerb.matcher(folded).region(content.start(), content.end());
        Span first = second.find() ? trim(raw, content.start(), second.start()) : null;
        Span then = first == null ? null : trim(raw, second.end(), content.end());
        if (then == null) {
            out.add(quote(content, QuoteKind.INDIRECT, speaker, cue, confidence));
        } else {
            out.add(quote(first, QuoteKind.INDIRECT, speaker, cue, confidence));
            out.add(quote(then, QuoteKind.INDIRECT, speaker, raw.substring(second.start(), second.end()).strip(),
                    confidence));
        }
    }

    /**
     * The first cue of reported speech in {@code text} from {@code from}: a verb with its conjunction ("said that"),
     * else an infinitive after a directive or a French speech verb ("a appelé X à rester", "a dit attendre"), else a
     * verb without conjunction; null when there is none. {@code written} is the text as written, which tells a
     * participle ("accusé") from a present ("accuse").
     */
    private Matcher reportFrom(String text, String written, int from) {
        Matcher withConjunction = reportedThat.matcher(text).region(from, text.length());
        boolean conjunction = withConjunction.find();
        // "l'homme accusé d'avoir tué": a participle without its auxiliary describes the one accused.
        Matcher infinitive = reportedInfinitive.matcher(text).region(from, text.length());
        while (infinitive.find() && (!conjunction || infinitive.start() < withConjunction.start())) {
            int verb = infinitive.start(2) >= 0 ? 2 : 3;
            if ((infinitive.group(1) != null || !PARTICIPLE_ENDING.matcher(written.substring(infinitive.start(verb),
                    infinitive.end(verb))).find()) && isFrenchInfinitive(text, infinitive.end())) {
                return infinitive;
            }
        }
        if (conjunction) {
            return withConjunction;
        }
        Matcher withoutConjunction = reportedEnglish.matcher(text).region(from, text.length());
        return withoutConjunction.find() ? withoutConjunction : null;
    }

    /** Whether the folded text at {@code at} opens with a French infinitive that is no noun the lexicons know. */
    private boolean isFrenchInfinitive(String text, int at) {
        Matcher infinitive = FRENCH_INFINITIVE.matcher(text).region(at, text.length());
        if (!infinitive.lookingAt()) {
            return false;
        }
        String word = infinitive.group(1);
        return !NOT_INFINITIVES.contains(word) && !lexicons.isListedNoun(word);
    }

    /**
     * Adds the content as reported speech of the one the phrase designates, with the cue and confidence given;
     * false, adding nothing, when there is no content or the phrase designates no one.
     */
    private static boolean addReported(Span content, Span who, String cue, double confidence,
                                       SpeakerResolver resolver, Quote last, List<Quote> out) {
        return addReported(content, who, cue, confidence, resolver, last, false, out);
    }

    /** @param cited {@code who} follows "according to" or "selon": whatever it names is the source. */
    private static boolean addReported(Span content, Span who, String cue, double confidence,
                                       SpeakerResolver resolver, Quote last, boolean cited, List<Quote> out) {
        Optional<Resolution> resolved = content == null ? Optional.empty() : resolver.resolve(who, last)
                .or(() -> cited ? resolver.sourceNamed(who) : Optional.empty());
        resolved.ifPresent(speaker -> out.add(quote(content, QuoteKind.INDIRECT, speaker, cue, confidence)));
        return resolved.isPresent();
    }

    /**
     * "Pour Javier López, directeur de campagne …, une organisation …, les niveaux critiques … étaient alarmants":
     * a sentence opening with "pour" and a speaker, then a clause without a speech verb of its own, gives that
     * speaker's view; appositions after the speaker are no part of it. "Pour la première fois, …" names no speaker.
     */
    private boolean forWhom(String raw, String folded, Span sentence, String text, SpeakerResolver resolver, Quote last,
                            List<Quote> out) {
        Matcher opening = FOR_WHOM_OPENING.matcher(text);
        if (!opening.lookingAt()) {
            return false;
        }
        String written = raw.substring(sentence.start(), sentence.end());
        int clause = opening.end();
        for (int comma = text.indexOf(',', clause); comma > 0; comma = text.indexOf(',', clause)) {
            String part = written.substring(clause, comma);
            if (FINITE_VERB_WORD.matcher(part).find() || CLAUSE_SUBJECT_OPENING.matcher(part).lookingAt()
                    || part.strip().split("\\s+").length > MAX_APPOSITION_WORDS) {
                break;
            }
            clause = comma + 1;
        }
        // A clause quoting a few words is left to its quotation ("Pour la syndicaliste, il n’existe qu’une seule voie
        // pour « apaiser la colère … »" is the partial quote, said by the syndicalist); one word in marks is not one.
        String[] words = written.substring(clause).strip().split("\\s+");
        if (words.length < MIN_CLAUSE_WORDS || Arrays.stream(words).anyMatch(lexicons::isSpeechVerb)
                || QUOTED_WORDS.matcher(written).region(clause, written.length()).results()
                .anyMatch(q -> q.group(1).strip().split("\\s+").length >= MIN_PARTIAL_WORDS)) {
            return false;
        }
        Span content = trim(raw, sentence.start() + clause, sentence.end());
        return addReported(content, trimSubject(folded, new Span(sentence.start() + opening.start(1),
                        sentence.start() + opening.end(1))),
                raw.substring(sentence.start() + opening.start(), sentence.start() + opening.end()).strip(), 0.65,
                resolver, last, out);
    }

    /** The phrase taken for a verb's subject and the speaker it designates. */
    private record Subject(Span span, Resolution resolution) {
    }

    /**
     * The speaker a verb's subject designates: the subject ({@link #subjectBefore}) resolved, else, when a relative
     * clause or several appositions stand between ("Michael Mulgrew, president of the United Federation of
     * Teachers, which represents New York City educators, said"), the person whose name ends the head of the clause.
     */
    private Optional<Subject> speakerOf(String folded, int from, int verbAt, SpeakerResolver resolver, Quote last) {
        // "… pourra saisir le Conseil d'Etat si elle estime que …": a hypothesis reports nothing said.
        Span clause = lastClause(folded, from, verbAt);
        if (clause != null && HYPOTHESIS.matcher(folded).region(clause.start(), clause.end()).find()) {
            return Optional.empty();
        }
        Span subject = subjectBefore(folded, from, verbAt);
        Optional<Resolution> resolved = subject == null ? Optional.empty() : resolver.resolve(subject, last);
        int start = clauseStart(folded, from, verbAt);
        if (resolved.isPresent()) {
            // "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano,
            // said": the name the appositions follow is the subject, not the last of them.
            Optional<Subject> head = subject.start() > start && APPOSITION_CHAIN.matcher(folded)
                    .region(start, subject.start()).matches() ? nameBeforeComma(folded, start, verbAt, resolver)
                    .filter(named -> named.resolution().speaker().mention().start() == named.span().start())
                    : Optional.empty();
            return head.isPresent() ? head : Optional.of(new Subject(subject, resolved.get()));
        }
        Optional<Subject> named = nameBeforeComma(folded, start, verbAt, resolver);
        // "Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says": the
        // clause began at the quotation, the name at the sentence's start.
        return named.isPresent() || start == from || clauseStart(folded, from, folded.indexOf(',', from) + 1) != from
                ? named : nameBeforeComma(folded, from, verbAt, resolver);
    }

    /** The name of a person that ends the first part of [start, verbAt) between commas, as a subject. */
    private static Optional<Subject> nameBeforeComma(String folded, int start, int verbAt, SpeakerResolver resolver) {
        int comma = folded.indexOf(',', start);
        Span head = comma < 0 || comma >= verbAt ? null : trimSpaces(folded, start, comma);
        // "Après la remise du rapport du médiateur nommé par Fleur Pellerin, les syndicats … déploraient": a phrase
        // of time or place names no subject.
        if (head == null || SUBORDINATOR.matcher(folded).region(head.start(), head.end()).find()
                || CIRCUMSTANCE_OPENING.matcher(folded).region(head.start(), head.end()).lookingAt()) {
            return Optional.empty();
        }
        return resolver.resolveName(head).filter(r -> r.speaker().mention().end() == head.end())
                .map(r -> new Subject(head, r));
    }

    /**
     * Whether words between commas are an incise reporting the rest of the sentence: not the incise of a quotation
     * just before ("«…», a affirmé le ministre, Andreï Belooussov, selon …"), with a short subject ("…, Clinton was
     * supported by 42 percent of those responding, …" is a clause) that ends with no preposition or determiner
     * (", the former secretary of state, …": the "verb" is a noun), and its verb in lower case ("…, as the United
     * States, Britain and France …" names a country).
     */
    private static boolean isMidIncise(String raw, int from, int to, Span subject) {
        String before = raw.substring(0, from).stripTrailing();
        boolean afterQuotation = !before.isEmpty() && "»”\"".indexOf(before.charAt(before.length() - 1)) >= 0;
        String verbWords = raw.substring(from, subject.start()) + raw.substring(subject.end(), to);
        String words = Folding.lowerMatchForm(subject.of(raw).strip());
        return !afterQuotation && words.split("\\s+").length <= MAX_INCISE_SUBJECT_WORDS
                && !OPEN_NOUN_PHRASE.matcher(words).find() && verbWords.chars().noneMatch(Character::isUpperCase);
    }

    /** Whether the words after "told" are a listener ("reporters", "The Huffington Post"), not a clause. */
    private boolean isListener(String words) {
        List<String> listener = List.of(words.strip().split("\\s+"));
        return listener.size() <= MAX_LISTENER_WORDS
                && listener.stream().noneMatch(w -> lexicons.isPronoun(w) || w.equals("that"));
    }

    /**
     * Whether a trailing incise read its subject after the verb where a clause stands: ", said he cannot comment on
     * the letter.", ", said his client has 10 days to contest the sentence." (no pronoun or English possessive follows
     * its verb as an inverted subject; French inverts the pronoun with a hyphen, "a-t-il dit", matched apart), or
     * ", told HuffPost Canada that the issue is related to rent control." ("told" takes its listener after it).
     */
    private boolean clauseAfterVerb(String text, Matcher tail) {
        if (tail.start(1) < 0) {
            return false;
        }
        Matcher first = WORD.matcher(tail.group(1));
        if (first.find() && (lexicons.isPronoun(first.group()) || ENGLISH_POSSESSIVES.contains(first.group()))) {
            return true;
        }
        // ", said Trump could file a complaint with …", ", said Clinton was …": a modal or an auxiliary after the name
        // makes it a clause's subject (not after a relative pronoun: ", said a man who was there").
        Matcher word = WORD.matcher(tail.group(1));
        String previous = "";
        while (word.find()) {
            if (CLAUSE_AUXILIARIES.contains(word.group()) && !RELATIVE_PRONOUNS.contains(previous)) {
                return true;
            }
            previous = word.group();
        }
        Matcher verb = WORD.matcher(text).region(tail.start(), tail.start(1));
        String lastBefore = null;
        boolean perfect = false;
        while (verb.find()) {
            lastBefore = verb.group();
            perfect |= ENGLISH_AUXILIARIES.contains(lastBefore);
        }
        // English inverts no subject after an auxiliary: "Her husband, Gerrod Chadwell, had already asked Tom
        // Glavine for an autograph." (French does: ", a déclaré le ministre").
        return perfect || "told".equals(lastBefore) || "tells".equals(lastBefore);
    }

    /** Whether folded text in [from, to) holds a strong speech verb or a directive ("urged … to"), word by word. */
    private boolean holdsSpeechVerb(String text, int from, int to) {
        Matcher word = WORD.matcher(text).region(from, to);
        while (word.find()) {
            if (lexicons.isSpeechVerbWord(word.group()) || lexicons.isDirectiveWord(word.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "While some critics say …, Jagelewski says …", "Alors que l'opposition affirme …, le ministre assure …" (a
     * contrasting clause, then the main clause) and "But Fowler said … — and he noted that …" (a second clause with
     * its own subject): two statements, each with its speaker, when both clauses report speech. A pronoun in the
     * second clause may stand for the first one's speaker.
     */
    private boolean twoStatements(String raw, String folded, Span sentence, SpeakerResolver resolver,
                                  List<Quote> quotes, List<Quote> out) {
        String text = folded.substring(sentence.start(), sentence.end());
        Matcher contrast = CONTRASTING_OPENING.matcher(text);
        boolean contrasting = contrast.lookingAt();
        int from = contrasting ? contrast.end() : 0;
        Matcher join = (contrasting ? CLAUSE_COMMA : COORDINATION).matcher(text).region(from, text.length());
        while (join.find()) {
            if (!holdsSpeechVerb(text, join.end(), text.length()) || !holdsSpeechVerb(text, from, join.start())) {
                continue;
            }
            List<Quote> first = new ArrayList<>();
            reported(raw, folded, new Span(sentence.start() + from, sentence.start() + join.start()), resolver, quotes,
                    first);
            if (first.isEmpty()) {
                continue;
            }
            List<Quote> before = new ArrayList<>(quotes);
            before.addAll(first);
            List<Quote> second = new ArrayList<>();
            reported(raw, folded, new Span(sentence.start() + join.end(), sentence.end()), resolver, before, second);
            if (!second.isEmpty()) {
                out.addAll(first);
                out.addAll(second);
                return true;
            }
        }
        return false;
    }

    /**
     * "But Megan Hester, senior associate for …, said parents still want neighborhood schools.": when the sentence
     * opens with a person's name and a comma, a bare noun after the verb opens what was said, not an inverted subject
     * (", said officials." has no subject before it).
     */
    private static boolean namedSubjectBefore(String raw, String folded, Span sentence, Matcher tail,
                                              SpeakerResolver resolver) {
        if (tail.start(1) < 0) {
            return false;
        }
        int inverted = sentence.start() + tail.start(1);
        Matcher first = WORD.matcher(folded).region(inverted, sentence.end());
        return Character.isLowerCase(raw.charAt(inverted)) && first.lookingAt()
                && !BARE_SUBJECT_DETERMINERS.contains(first.group())
                && nameBeforeComma(folded, sentence.start(), sentence.start() + tail.start(), resolver).isPresent();
    }

    /** The subject of a verb: the last clause before it, "Le ministre …, Abdoulaye Diop," read as the name. */
    private static Span subjectBefore(String folded, int from, int verbAt) {
        // "Le frère de la plaignante, lui, insiste sur …": a stressed pronoun between commas repeats the subject.
        Matcher dislocated = DISLOCATED_SUBJECT.matcher(folded).region(from, verbAt);
        if (dislocated.lookingAt()) {
            return trimSpaces(folded, dislocated.start(1), dislocated.end(1));
        }
        Span clause = lastClause(folded, from, verbAt);
        if (clause == null) {
            return null;
        }
        // "Oil fell after sources told Reuters": the subject starts after the last subordinating word.
        Matcher sub = SUBORDINATOR.matcher(folded).region(clause.start(), clause.end());
        int start = clause.start();
        while (sub.find()) {
            start = sub.end();
        }
        // "L’homme s’est montré agressif envers les agents, et a ainsi déclaré qu’il …": a verb coordinated after a
        // comma shares the subject of the clause before, which ends at that clause's verb.
        if (CONJUNCTION_ONLY.matcher(folded).region(start, clause.end()).matches()) {
            int comma = folded.lastIndexOf(',', start);
            Span before = comma <= from ? null : lastClause(folded, from, comma);
            Matcher verb = before == null ? null : FINITE_VERB.matcher(folded).region(before.start(), before.end());
            return verb != null && verb.find() ? trimSpaces(folded, before.start(), verb.start()) : null;
        }
        Matcher time = OPENING_TIME.matcher(folded).region(start, clause.end());
        if (time.lookingAt()) {
            start = time.end();
        }
        // "Democrats repeatedly noted that …": an adverb before the verb is no part of the subject, nor is the
        // auxiliary of a progressive ("The White House is saying that …").
        Matcher adverbs = TRAILING_ADVERBS.matcher(folded).region(start, clause.end());
        int end = adverbs.find() && adverbs.start() > start ? adverbs.start() : clause.end();
        Matcher progressive = TRAILING_PROGRESSIVE.matcher(folded).region(start, end);
        end = progressive.find() && progressive.start() > start ? progressive.start() : end;
        // "le chef de la diplomatie américaine avait, de son côté, déclaré": an aside may part the auxiliary
        // from its verb.
        Matcher auxiliary = TRAILING_AUXILIARY.matcher(folded).region(start, end);
        end = auxiliary.find() && auxiliary.start() > start ? auxiliary.start() : end;
        // "La ministre a dénoncé la réforme et affirmé que …", "Smith has criticized the bill and said that …": the
        // second verb of a coordination shares the first one's subject, which ends at its auxiliary.
        Matcher coordinated = COORDINATED_VERB_PHRASE.matcher(folded).region(start, end);
        return trimSpaces(folded, start, coordinated.matches() ? coordinated.end(1) : end);
    }

    private static Span lastClause(String folded, int from, int verbAt) {
        int end = verbAt;
        int start = clauseStart(folded, from, verbAt);
        String clause = folded.substring(start, end);
        // A comma between digits is no clause's end: "attracting 3,000 athletes".
        String[] parts = CLAUSE_COMMA.split(clause);
        int offset = start;
        int bestStart = -1;
        int bestEnd = -1;
        int previousStart = -1;
        int previousEnd = -1;
        for (String part : parts) {
            if (!part.isBlank()) {
                previousStart = bestStart;
                previousEnd = bestEnd;
                bestStart = offset;
                bestEnd = offset + part.length();
            }
            offset += part.length() + 1;
        }
        if (bestStart < 0) {
            return null;
        }
        // "The reports, citing unnamed sources close to the matter, said": a participle's phrase is no subject, nor is
        // an adverb ("Cruz, however, argued") or a quoted word ("les syndicats, « amers », déploraient").
        if (previousStart >= 0 && (PARTICIPLE_OPENING.matcher(folded).region(bestStart, bestEnd).lookingAt()
                || INTERJECTED_ADVERB.matcher(folded).region(bestStart, bestEnd).matches()
                || QUOTED_ASIDE.matcher(folded).region(bestStart, bestEnd).matches())) {
            bestStart = previousStart;
            bestEnd = previousEnd;
        }
        Span span = trimSpaces(folded, bestStart, bestEnd);
        return span == null || span.length() > 120 ? null : span;
    }

    /** Where the clause holding {@code verbAt} starts: after the last stop, colon, quotation mark or spaced dash. */
    private static int clauseStart(String folded, int from, int verbAt) {
        for (int i = verbAt - 1; i >= from; i--) {
            char c = folded.charAt(i);
            // A dash between spaces ends a clause too: "7h07 - La Russie dit …" (a live blog's time stamp).
            boolean spacedDash = "-–—".indexOf(c) >= 0 && i > from && i + 1 < verbAt
                    && Folding.isSpace(folded.charAt(i - 1)) && Folding.isSpace(folded.charAt(i + 1));
            // "Ben Myers, the president of Bullpen Research & Consulting Inc., told": an abbreviation's dot is no stop.
            boolean stop = c == '.' && !(i + 1 < folded.length() && folded.charAt(i + 1) == ',')
                    && !ABBREVIATION_BEFORE.matcher(folded).region(Math.max(from, i - 5), i).find();
            // "les syndicats, « amers », déploraient": quoted words between commas are an aside within the clause.
            if (c == '»' && i + 1 < verbAt) {
                int open = folded.lastIndexOf('«', i);
                if (open > from && QUOTED_ASIDE.matcher(folded).region(open - 1, i + 2).matches()) {
                    i = open - 1;
                    continue;
                }
            }
            if (c == ';' || c == ':' || stop || c == '«' || c == '»' || c == '“' || c == '”' || spacedDash) {
                return i + 1;
            }
        }
        return from;
    }

    /** Cuts a subject captured up to punctuation at the first preposition or time word after its head. */
    private static Span trimSubject(String folded, Span subject) {
        Matcher m = SUBJECT_END.matcher(folded).region(subject.start(), subject.end());
        int end = m.find() && m.start() > subject.start() ? m.start() : subject.end();
        Span trimmed = trimSpaces(folded, subject.start(), end);
        return trimmed == null ? subject : trimmed;
    }

    /** The subject or pronoun a cue pattern captured (verb alternations do not capture). */
    private static Span lastGroup(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.start(g) >= 0 && !m.group(g).isBlank()) {
                return new Span(m.start(g), m.end(g));
            }
        }
        return null;
    }

    private static Quote quote(Quoted quoted, QuoteKind kind, Resolution who, String cue, double confidence) {
        return quote(quoted.words(), kind, who, cue, confidence);
    }

    private static Quote quote(Span words, QuoteKind kind, Resolution who, String cue, double confidence) {
        return new Quote(words, kind, who.speaker(), cue + " (" + who.how() + ")",
                Math.round(confidence * who.certainty() * 100) / 100.0);
    }

    /** The last quote before {@code before} whose speaker is known. */
    private static Quote lastAttributed(List<Quote> quotes, int before) {
        Quote latest = null;
        for (Quote quote : quotes) {
            if (quote.speaker() != null && quote.span().start() < before
                    && (latest == null || quote.span().start() > latest.span().start())) {
                latest = quote;
            }
        }
        return latest;
    }

    /**
     * Whether what lies between the quotation before and {@code open} is that quotation's attribution, a sentence
     * of a few words naming its speaker: "," Frolov said. ', '," said Lewis. '.
     */
    private static boolean attributionBetween(String raw, Quote prior, int open) {
        Span mention = prior.speaker().mention();
        if (mention.start() < prior.span().end() || mention.end() > open) {
            return false;
        }
        String between = LEADING_CLOSER.matcher(raw.substring(prior.span().end(), open)).replaceFirst("").strip();
        return between.endsWith(".") && between.chars().noneMatch(c -> "\"“”«»".indexOf(c) >= 0)
                && between.split("\\s+").length <= MAX_ATTRIBUTION_WORDS;
    }

    private static int closingMarkEnd(String raw, Quoted quote) {
        int i = quote.words().end();
        // "coalitions, '' said Mr. Gunnels", "the word 'old-school,''' said Gregory W. Slayton": two apostrophes
        // after a space, or closing a quotation inside the quotation too.
        int mark = i;
        while (mark < raw.length() && Folding.isSpace(raw.charAt(mark))) {
            mark++;
        }
        if (QuoteMarks.doubledApostropheAt(raw, mark)) {
            mark += 2;
            return mark < raw.length() && "'’".indexOf(raw.charAt(mark)) >= 0 ? mark + 1 : mark;
        }
        while (i < raw.length() && (Folding.isSpace(raw.charAt(i)) || CLOSING_MARKS.indexOf(raw.charAt(i)) >= 0)) {
            i++;
            if (CLOSING_MARKS.indexOf(raw.charAt(i - 1)) >= 0) {
                break;
            }
        }
        return i;
    }

    private static Span sentenceOf(List<Span> sentences, int offset) {
        int at = Span.indexHolding(sentences, offset);
        return at < 0 ? null : sentences.get(at);
    }

    private static Span sentenceBefore(List<Span> sentences, int offset) {
        Span before = null;
        for (Span sentence : sentences) {
            if (sentence.end() <= offset) {
                before = sentence;
            }
        }
        return before;
    }

    private static int paragraphsBetween(List<Span> paragraphs, int from, int to) {
        int count = 0;
        for (Span paragraph : paragraphs) {
            if (paragraph.start() > from && paragraph.start() <= to) {
                count++;
            }
        }
        return count;
    }

    private static Span trim(String raw, int start, int end) {
        while (start < end && (Folding.isSpace(raw.charAt(start)) || raw.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (Folding.isSpace(raw.charAt(end - 1)) || ".,;:".indexOf(raw.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end - start < 10 ? null : new Span(start, end);
    }

    private static Span trimSpaces(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
