package io.newstrace.core.sources;

import io.newstrace.core.model.Article;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.SourceKind;
import io.newstrace.core.model.Span;
import io.newstrace.core.sources.registry.Mention;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.registry.OutletType;
import io.newstrace.core.sources.registry.RegistryOutlet;
import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article says it comes from, with the words that say so: outlets and agencies it cites ("selon
 * l'AFP", "a rapporté l'agence de presse Sputnik", "(Reuters)", "avec AFP", "Reuters reported"), interviews it
 * relays ("dans une interview accordée à Sputnik", "a-t-il déclaré à RIA Novosti", "told Reuters"), documents
 * ("dans un communiqué publié par la présidence malienne"), photo credits, "Source : X" lines, aggregator
 * footers ("The post … appeared first on X") and links. Outlets resolve to the registry where they are in it;
 * an outlet named after a generic word ("selon le journal Le Pays") is kept with its name even when it is not.
 */
public final class SourceFinder {
    private static final int WINDOW = 80;
    private static final String CUE_END = "[^.;:!?«»“”]{0,40}$";
    private static final Pattern INTERVIEW_BEFORE = Pattern.compile(
            "(?:\\b(?:interview|entretien|entrevue|interviewe|interrogee?|s'exprimant)\\b" + CUE_END
                    + "|\\b(?:declare|confie|explique|affirme|dit|indique|precise|assure|souligne)\\s+(?:a|au|aux)\\s+"
                    + "(?:l'|la\\s+|le\\s+)?[^.;:!?]{0,30}$|\\btold\\s+(?:the\\s+)?$|\\bspeaking\\s+to\\s+(?:the\\s+)?$)");
    private static final Pattern CITED_BEFORE = Pattern.compile(
            "\\b(?:selon|d'apres|according\\s+to|cite(?:e|s|es)?\\s+par|relaye(?:e|s|es)?\\s+par|repris(?:e|es)?\\s+par|"
                    + "rapporte(?:nt)?|a\\s+rapporte|ont\\s+rapporte|annonce|reported\\s+by|quoted\\s+by|"
                    + "via|source\\s*:)\\s+" + CUE_END);
    private static final Pattern AGENCY_TAG_BEFORE = Pattern.compile("(?:\\(\\s*(?:avec\\s+)?|\\bavec\\s+|\\bwith\\s+)$");
    private static final Pattern REPORTS_AFTER = Pattern.compile("^\\s*(?:\\)|,?\\s*(?:a|ont|avait)\\s+(?:rapporte|"
            + "indique|annonce|affirme|ecrit|revele)\\b|\\s+(?:rapporte|indique|annonce|ecrit|revele|reported|reports|"
            + "said|says|wrote|cited|quoted)\\b)");
    private static final Pattern UNREGISTERED = Pattern.compile("\\b(?:selon|d'apres|according\\s+to|cite\\s+par|"
            + "rapporte|a\\s+rapporte)\\s+(?:l'|le\\s+|la\\s+|the\\s+)((?:agence\\s+de\\s+presse|journal|quotidien|"
            + "site(?:\\s+d'information)?|media|magazine|hebdomadaire|chaine|radio|television|news\\s+agency|"
            + "newspaper|outlet|broadcaster|daily|website))\\s+");
    private static final Pattern DESCRIBED = Pattern.compile("([^,.;:!?«»“”()]+?)\\s*(?:[,.;:!?)]|$)");
    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final Pattern DOCUMENT = Pattern.compile("\\b(?:dans|selon|d'apres|according\\s+to|in)\\s+"
            + "(?:un|une|le|la|a|the|son|sa)\\s+(communique|rapport|document|declaration|note|decret|statement|report|"
            + "press\\s+release)(?:\\s+(?:publie|publiee|diffuse|diffusee|issued|published|released)\\s+(?:par|by)"
            + "|\\s+(?:de|du|des|of|from))\\s+((?:la|le|les|l'|the)\\s*)?([^,.;:«»“”]{2,60})");
    /** Where a credit names its author: "Photo : X", "…, photo: X", "Crédit photo : X", "© X", "X / AFP". */
    private static final Pattern CREDIT_MARK = Pattern.compile(
            "(?:credits?\\s*(?:photos?|images?)?|photos?|images?|illustration|picture)\\s*:\\s*|©\\s*");
    private static final Pattern RIGHTS = Pattern.compile("(?i)\\s*(?:tous\\s+droits\\s+r[ée]serv[ée]s|all\\s+rights\\s+"
            + "reserved)\\.?\\s*$");
    private static final Pattern SOURCE_MARK = Pattern.compile("sources?\\s*:\\s*");
    private static final Pattern FOOTER = Pattern.compile("(?:appeared\\s+first\\s+on|est\\s+apparu\\s+en\\s+premier"
            + "\\s+sur|a\\s+ete\\s+publie\\s+en\\s+premier\\s+sur|lire\\s+l'article\\s+(?:original|complet)\\s+sur)\\s+"
            + "(.{2,80}?)\\.?$");
    private static final Pattern PROPER_NAME = Pattern.compile("\\G(?:\\p{Lu}[\\p{L}'’.-]*|[A-Z0-9]{2,})(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|du|des|"
                + "of|the|d'|l'))*");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)»”\"<>]+");

    private final OutletRegistry registry;

    public SourceFinder(OutletRegistry registry) {
        this.registry = registry;
    }

    /** The registry id of the article's own outlet (from its domain, else its name), or null. */
    public String outletId(Article article) {
        if (article.outlet() == null) {
            return null;
        }
        Optional<RegistryOutlet> found = article.outlet().domain() == null ? Optional.empty()
                : registry.byDomain(article.outlet().domain());
        if (found.isEmpty()) {
            found = registry.byName(article.outlet().name());
        }
        return found.map(RegistryOutlet::id).orElse(null);
    }

    public List<CitedSource> find(Article article, List<Span> sentences) {
        String raw = article.raw();
        String folded = Folding.foldInPlace(raw);
        List<CitedSource> found = new ArrayList<>();
        for (Span sentence : sentences) {
            inSentence(raw, folded, sentence, found);
        }
        for (RemovedSpan removed : article.removed()) {
            if (removed.reason() == RemovalReason.PHOTO_CREDIT) {
                credit(raw, folded, removed.span(), SourceKind.PHOTO, SourceKind.PHOTO, CREDIT_MARK, found);
            } else if (removed.reason() == RemovalReason.SOURCE_CREDIT) {
                credit(raw, folded, removed.span(), SourceKind.REPUBLISHED_FROM, SourceKind.DOCUMENT, SOURCE_MARK,
                        found);
            } else if (removed.reason() == RemovalReason.AGGREGATOR_FOOTER) {
                footer(raw, folded, removed.span(), found);
            }
        }
        links(raw, found);
        found.sort(Comparator.comparingInt((CitedSource s) -> s.span().start()).thenComparing(CitedSource::name));
        return dedupe(found);
    }

    private void inSentence(String raw, String folded, Span sentence, List<CitedSource> found) {
        String text = raw.substring(sentence.start(), sentence.end());
        Set<Integer> covered = new HashSet<>();
        for (Mention mention : registry.mentions(text)) {
            int start = sentence.start() + mention.start();
            int end = sentence.start() + mention.end();
            String before = folded.substring(Math.max(sentence.start(), start - WINDOW), start);
            String after = folded.substring(end, Math.min(sentence.end(), end + WINDOW));
            SourceKind kind = null;
            int cueStart = start;
            Matcher m;
            if ((m = INTERVIEW_BEFORE.matcher(before)).find()) {
                kind = SourceKind.INTERVIEW;
                cueStart = start - before.length() + m.start();
            } else if ((m = CITED_BEFORE.matcher(before)).find()) {
                kind = kindOf(mention.outlet());
                cueStart = start - before.length() + m.start();
            } else if ((m = AGENCY_TAG_BEFORE.matcher(before)).find()) {
                kind = kindOf(mention.outlet());
                cueStart = start - before.length() + m.start();
            } else if (REPORTS_AFTER.matcher(after).find()) {
                kind = kindOf(mention.outlet()); // "(AFP)", "Reuters reported"
            }
            if (kind != null) {
                Span evidence = new Span(cueStart, end);
                found.add(new CitedSource(raw.substring(start, end), kind, mention.outlet().id(), evidence,
                        evidence.of(raw)));
                covered.add(start);
            }
        }
        Matcher unregistered = UNREGISTERED.matcher(folded).region(sentence.start(), sentence.end());
        while (unregistered.find()) {
            Span name = properName(raw, unregistered.end(), sentence.end());
            if (name == null) {
                name = description(folded, unregistered.start(1), sentence.end());
            }
            if (name != null && !covered.contains(name.start())) {
                SourceKind kind = unregistered.group(1).contains("agen") ? SourceKind.AGENCY : SourceKind.OUTLET;
                String outlet = registry.byName(name.of(raw)).map(RegistryOutlet::id).orElse(null);
                Span evidence = new Span(unregistered.start(), name.end());
                found.add(new CitedSource(name.of(raw), kind, outlet, evidence, evidence.of(raw)));
            }
        }
        Matcher document = DOCUMENT.matcher(folded).region(sentence.start(), sentence.end());
        while (document.find()) {
            // The issuer names the source; the kind of document is in the evidence ("un communiqué publié par …").
            String issuer = raw.substring(document.start(3), document.end(3)).strip();
            Span evidence = new Span(document.start(), document.end());
            found.add(new CitedSource(issuer, SourceKind.DOCUMENT, null, evidence, evidence.of(raw)));
        }
    }

    /**
     * An outlet described, not named: "l'agence de presse africaine", "le quotidien burkinabè" — the head noun
     * and the words after it up to the punctuation, when they are few.
     */
    private static Span description(String folded, int head, int limit) {
        Matcher m = DESCRIBED.matcher(folded).region(head, limit);
        if (!m.lookingAt() || m.group(1).strip().split("\\s+").length > MAX_DESCRIPTION_WORDS) {
            return null;
        }
        return new Span(head, m.end(1));
    }

    /** A capitalised name at {@code from}: "Le Pays", "Jeune Afrique", "Al-Watan". */
    private static Span properName(String raw, int from, int limit) {
        Matcher m = PROPER_NAME.matcher(raw).region(from, limit);
        if (!m.find() || m.end() == m.start()) {
            return null;
        }
        int end = m.end();
        while (end > from && " ".indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(from, end);
    }

    private static SourceKind kindOf(RegistryOutlet outlet) {
        return outlet.type() == OutletType.AGENCY ? SourceKind.AGENCY : SourceKind.OUTLET;
    }

    /**
     * A credit line (photo, "Source : X"): the registered outlets it names ({@code outletKind}), else the name
     * after its credit mark ({@code otherKind}); a caption without a credit mark cites no one.
     */
    private void credit(String raw, String folded, Span line, SourceKind outletKind, SourceKind otherKind,
                        Pattern mark, List<CitedSource> found) {
        String text = line.of(raw);
        List<Mention> mentions = registry.mentions(text);
        if (!mentions.isEmpty()) {
            for (Mention mention : mentions) {
                found.add(new CitedSource(text.substring(mention.start(), mention.end()), outletKind,
                        mention.outlet().id(), line, text));
            }
            return;
        }
        Matcher m = mark.matcher(folded).region(line.start(), line.end());
        if (!m.find()) {
            return;
        }
        String name = RIGHTS.matcher(raw.substring(m.end(), line.end())).replaceFirst("").strip();
        if (!name.isEmpty()) {
            boolean agencies = Folding.lowerMatchForm(name).contains("agenc");
            found.add(new CitedSource(name, agencies ? SourceKind.AGENCY : otherKind, null, line, text));
        }
    }

    private void footer(String raw, String folded, Span line, List<CitedSource> found) {
        Matcher m = FOOTER.matcher(folded).region(line.start(), line.end());
        if (m.find()) {
            String name = raw.substring(m.start(1), m.end(1)).strip();
            String outlet = registry.byName(name).or(() -> registry.byDomain(name)).map(RegistryOutlet::id)
                    .orElse(null);
            found.add(new CitedSource(name, SourceKind.REPUBLISHED_FROM, outlet, line, line.of(raw)));
        }
    }

    /** Links in the text to registered outlets. */
    private void links(String raw, List<CitedSource> found) {
        Matcher m = URL.matcher(raw);
        while (m.find()) {
            String url = m.group();
            registry.byDomain(url).ifPresent(outlet -> found.add(new CitedSource(outlet.name(), SourceKind.OUTLET,
                    outlet.id(), new Span(m.start(), m.end()), url)));
        }
    }

    /** One record per source and evidence: a credit line naming an outlet twice counts once. */
    private static List<CitedSource> dedupe(List<CitedSource> sources) {
        Set<String> seen = new LinkedHashSet<>();
        List<CitedSource> out = new ArrayList<>();
        for (CitedSource source : sources) {
            if (seen.add(source.kind() + "|" + source.name() + "|" + source.span().start())) {
                out.add(source);
            }
        }
        return List.copyOf(out);
    }
}
