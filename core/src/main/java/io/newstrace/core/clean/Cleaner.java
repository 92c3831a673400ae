package io.newstrace.core.clean;

import io.newstrace.core.clean.Bylines.Byline;
import io.newstrace.core.clean.CleanVocabulary.DateCue;
import io.newstrace.core.clean.DateFinder.FoundDate;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.Outlet;
import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean stage: splits a page dump into headline, byline, date, outlet, body paragraphs and removed site
 * furniture, each removed line with its reason. A pure function of the document and the corpus profile.
 *
 * <p>It decides from the shape of each line and its context, never from a list of known pages:
 * <ol>
 *   <li>each line gets its surface features (words, share of function words, sentence ending) and the first
 *       matching furniture rule of the configured languages;</li>
 *   <li>section headers open zones: a comment section or footer runs to the end of the page, a related-articles
 *       list runs until prose resumes;</li>
 *   <li>the article runs from the first to the last paragraph of prose outside those zones; what stands before
 *       it is searched for headline, byline and date, what stands after it is removed;</li>
 *   <li>lines repeated across many documents of the corpus are site template.</li>
 * </ol>
 */
public final class Cleaner {
    private static final int MAX_TITLE_WORDS = 40;
    /**
     * Unexplained lines (neither body anchors nor furniture a rule recognised) that may stand between two
     * paragraphs of one article. Recognised furniture counts half: articles carry inline share bars, ads and
     * "Lire aussi" boxes.
     */
    private static final int MAX_BLOCK_GAP = 5;
    /** A line that states a date, with its cue words ("Mis à jour le … à 14h30"), is short. */
    private static final int MAX_DATE_LINE_WORDS = 20;
    /** A bare name counts as a byline this close under the headline, or this close after the last paragraph. */
    private static final int BYLINE_DISTANCE = 3;
    /** A related-list opener this short is a header over a list, not an inline "Lire aussi : <headline>". */
    private static final int MAX_LIST_HEADER_WORDS = 4;
    /**
     * A teaser's summary under a related-list header is a sentence or two: a longer paragraph in the markup's main
     * text is the article going on.
     */
    private static final int MAX_TEASER_WORDS = 40;
    /** Lines at the top of the article where a date line without cue words is still the page's date. */
    private static final int ARTICLE_HEAD_LINES = 3;
    /** How many lines under the headline a bare-name byline may stand. */
    private static final int BYLINE_WINDOW = 8;
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:copyright\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[-–,]?\\s*"
                    + "(\\p{L}[\\p{L}\\p{N}&.' -]{1,60}?)\\s*(?:[.,|]|all rights|tous droits|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M}'’ .-]{1,40}(?:\\s*\\([^)]{1,30}\\))?\\s*,\\s*(?:(?:le|on)\\s+)?$");
    private static final int DATELINE_MAX_OFFSET = 60;
    /** The most words of a headline that reads as prose; a lead is longer. */
    private static final int MAX_HEADLINE_WORDS = 25;
    /** Share of capitalised words from which a line is in title case. */
    private static final double MIN_TITLE_CASE_RATIO = 0.6;
    /** "Trump: ‘I’m the Worst Thing …’", "Lynch: No outside …": a name of up to four words and a colon. */
    private static final Pattern SPEAKER_HEADLINE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}:\\s");
    /** A sentence or more in quotation marks, a line of its own: opening mark, three words or more, closing mark. */
    private static final Pattern QUOTATION_LINE = Pattern.compile(
            "(?:[“«„\"]|'')[\\s\u00A0\u202F]*\\p{Lu}[^\\n]*?\\s\\S+\\s[^\\n]*?[.!?…][\\s\u00A0\u202F]*(?:[”»\"]|'')");
    /** "- Bernie Sanders.", "-Michelle Marks, Philadelphia.": a dash, a name and maybe a place. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "[―—–-]\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,[^,.;:!?]{1,40})?\\.?");

    private final CleanConfig config;
    private final CleanVocabulary vocabulary;
    private final DateFinder dates;
    private final Bylines bylines;

    public Cleaner(CleanConfig config) {
        this.config = config;
        this.vocabulary = new CleanVocabulary(config.languages());
        this.dates = new DateFinder(vocabulary);
        this.bylines = new Bylines(vocabulary);
    }

    public CorpusProfile.Builder newProfileBuilder() {
        return new CorpusProfile.Builder(vocabulary.functionWords);
    }

    /** What the cleaner decided for one line. */
    private enum Role { UNDECIDED, BODY, TITLE, BYLINE, PUBLISHED, REMOVED }

    /** Per-line working state. */
    private static final class LineState {
        final Line line;
        final TextShape shape;
        final FurnitureRule rule;
        final boolean template;
        /** Whether the page's markup puts the line outside the main text. */
        final boolean outsideMainText;
        Role role = Role.UNDECIDED;
        RemovalReason reason;

        LineState(Line line, TextShape shape, FurnitureRule rule, boolean template, boolean outsideMainText) {
            this.line = line;
            this.shape = shape;
            this.rule = rule;
            this.template = template;
            this.outsideMainText = outsideMainText;
        }

        boolean prose() {
            return rule == null && !template && shape.isProse();
        }

        void remove(RemovalReason why) {
            role = Role.REMOVED;
            reason = why;
        }
    }

    /** What a line is, whatever page it is on: its shape, the furniture rule it matches, whether it is template. */
    record LineFacts(TextShape shape, FurnitureRule rule, boolean template) {
    }

    private LineFacts lineFacts(String text, CorpusProfile profile) {
        TextShape shape = TextShape.of(text, vocabulary.functionWords);
        String folded = Folding.matchForm(text);
        String foldedLower = folded.toLowerCase(Locale.ROOT);
        FurnitureRule rule = vocabulary.furniture.firstMatch(folded, foldedLower, shape.words());
        boolean template = !shape.endsSentence()
                && profile.documentsWithLine(foldedLower) >= config.minTemplateDocuments();
        return new LineFacts(shape, rule, template);
    }

    public Article clean(Document document, String id, CorpusProfile profile) {
        String raw = document.raw();
        List<LineState> lines = new ArrayList<>();
        for (Line line : Line.split(raw)) {
            LineFacts facts = profile.lineFacts(line.text(), this::lineFacts);
            lines.add(new LineState(line, facts.shape(), facts.rule(), facts.template(),
                    mostlyWithin(line, document.outsideMainText())));
        }

        applyRules(lines, !document.outsideMainText().isEmpty());
        // The markup's word on the main text is taken when the main text it shows holds an anchor; else the lines
        // alone decide, as for a text dump.
        boolean byMarkup = !document.outsideMainText().isEmpty() && lines.stream().anyMatch(Cleaner::isMarkupAnchor);
        boolean pageHasProse = lines.stream().anyMatch(LineState::prose);
        int[] block = mainBlock(lines, byMarkup, pageHasProse);
        if (applyToEndZones(lines, articleAboveComments(lines, block[0], byMarkup, pageHasProse))) {
            block = mainBlock(lines, byMarkup, pageHasProse);
        }
        int bodyStart = block[0];
        if (!byMarkup && document.hints().title() == null && opensWithHeadline(lines, block)) {
            bodyStart++;
        }
        int bodyEnd = byMarkup ? trailingMainText(lines, block[1]) : trailingQuotation(lines, block[1]);

        Header header = readHeader(lines, bodyStart, bodyEnd, document.hints(), profile);
        FoundMetadata found = readMetadata(lines, bodyStart, bodyEnd, header);
        for (int i = 0; i < lines.size(); i++) {
            LineState state = lines.get(i);
            if (state.role != Role.UNDECIDED) {
                continue;
            }
            if (state.shape.isResidue()) {
                state.remove(RemovalReason.MARKUP_RESIDUE);
            } else if (byMarkup && state.outsideMainText) {
                state.remove(RemovalReason.BOILERPLATE_MARKUP);
            } else if (i < bodyStart) {
                decideHeaderLine(state, header);
            } else if (i <= bodyEnd) {
                state.role = Role.BODY;
            } else {
                state.remove(RemovalReason.OUTSIDE_ARTICLE);
            }
        }
        return assemble(document, id, lines, header, found);
    }

    /**
     * Marks the lines that furniture rules match and the lists their headers open ("Lire aussi", "Related"), and
     * the lines the corpus shows to be template text.
     */
    private static void applyRules(List<LineState> lines, boolean markup) {
        boolean inRelatedList = false;
        boolean teasers = false;
        for (int i = 0; i < lines.size(); i++) {
            LineState state = lines.get(i);
            // A list of teasers (headline, one-sentence summary, headline, ...) ends where running text resumes:
            // two paragraphs in a row, or one longer than a teaser's summary that the markup puts in the main text.
            // Under an inline "Lire aussi : <headline>" the next paragraph is text.
            if (inRelatedList && state.prose() && (!teasers || i + 1 == lines.size() || lines.get(i + 1).prose()
                    || !(markup && state.outsideMainText) && state.shape.words() > MAX_TEASER_WORDS)) {
                inRelatedList = false;
            }
            if (state.rule != null) {
                state.remove(state.rule.reason());
                inRelatedList = state.rule.zone() == FurnitureRule.Zone.UNTIL_PROSE;
                teasers = state.shape.words() <= MAX_LIST_HEADER_WORDS;
            } else if (inRelatedList) {
                state.remove(RemovalReason.RELATED);
            } else if (state.template) {
                state.remove(RemovalReason.TEMPLATE);
            }
        }
    }

    private static final int MIN_WORDS_BEFORE_END_ZONE = 120;
    /** Letters of a line of the markup's main text that anchors the article without reading as prose. */
    private static final int MIN_MARKUP_ANCHOR_LETTERS = 100;

    /**
     * Opens the zones that run to the end of the page (comment sections, footers) at the first header found after
     * the article has begun: a "Comments" or "Contact" entry in the menu above the article does not end the page,
     * nor does one before the article has said much (a fifth of the page's prose, or
     * {@value #MIN_WORDS_BEFORE_END_ZONE} words). Returns whether a zone was opened.
     */
    private static boolean applyToEndZones(List<LineState> lines, int articleStart) {
        int pageProse = lines.stream().filter(LineState::prose).mapToInt(l -> l.shape.words()).sum();
        int minArticleWords = Math.min(MIN_WORDS_BEFORE_END_ZONE, pageProse / 5);
        int proseSoFar = 0;
        for (int i = articleStart + 1; i < lines.size(); i++) {
            FurnitureRule rule = lines.get(i).rule;
            if (lines.get(i - 1).prose()) {
                proseSoFar += lines.get(i - 1).shape.words();
            }
            // "Réagir" or "Comments (3)" under the lead links to the comments: the article goes on below it.
            if (rule != null && rule.zone() == FurnitureRule.Zone.TO_END && proseSoFar >= minArticleWords) {
                for (int k = i + 1; k < lines.size(); k++) {
                    LineState state = lines.get(k);
                    RemovalReason zoneReason = rule.reason() == RemovalReason.COMMENTS && state.shape.words() >= 8
                            ? RemovalReason.READER_COMMENT : rule.reason();
                    state.remove(state.rule != null ? state.rule.reason() : zoneReason);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Where the article begins when the block with the most words lies under a comments header ("Vos réactions"):
     * a long thread of reader comments outweighs a short article. The article is then the block above the header,
     * if it says as much as an article must before its comments ({@value #MIN_WORDS_BEFORE_END_ZONE} words);
     * else the block found stands.
     */
    private static int articleAboveComments(List<LineState> lines, int blockStart, boolean byMarkup,
            boolean pageHasProse) {
        for (int header = blockStart - 1; header > 0; header--) {
            FurnitureRule rule = lines.get(header).rule;
            if (rule != null && rule.zone() == FurnitureRule.Zone.TO_END && rule.reason() == RemovalReason.COMMENTS) {
                List<LineState> above = lines.subList(0, header);
                int[] article = mainBlock(above, byMarkup, pageHasProse);
                int words = 0;
                for (int i = Math.max(article[0], 0); i <= article[1]; i++) {
                    words += above.get(i).prose() ? above.get(i).shape.words() : 0;
                }
                return words >= MIN_WORDS_BEFORE_END_ZONE ? article[0] : blockStart;
            }
        }
        return blockStart;
    }

    /**
     * The article's extent, {first, last} body anchor, or {size, -1} when there is none. Anchors close to each
     * other form blocks; more than {@link #MAX_BLOCK_GAP} unexplained lines (menus, link lists, teasers), or
     * twice as many recognised furniture lines, separate blocks, and the article is the block with the most words.
     * Stray sentences around it (an image warning, a teaser, a footer written as prose) are left out.
     */
    private static int[] mainBlock(List<LineState> lines, boolean byMarkup, boolean pageHasProse) {
        int bestStart = lines.size();
        int bestEnd = -1;
        int bestWords = 0;
        int start = -1;
        int end = -1;
        int words = 0;
        int gap = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean anchor = i < lines.size() && lines.get(i).role == Role.UNDECIDED
                    && (byMarkup ? isMarkupAnchor(lines.get(i)) : isBodyAnchor(lines.get(i), pageHasProse));
            boolean closes = i == lines.size() || anchor && start >= 0 && gap > 2 * MAX_BLOCK_GAP;
            if (closes && start >= 0) {
                if (words > bestWords) {
                    bestStart = start;
                    bestEnd = end;
                    bestWords = words;
                }
                start = -1;
                words = 0;
            }
            if (anchor) {
                start = start < 0 ? i : start;
                end = i;
                words += lines.get(i).shape.words();
                gap = 0;
            } else if (i < lines.size()) {
                gap += gapWeight(lines.get(i), byMarkup);
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * Where the article ends when the markup shows its main text: past its last anchor, through the lines of the
     * main text that follow it with no break (a closing list of items or links, a short last line), up to the first
     * line outside the main text or furniture.
     */
    private static int trailingMainText(List<LineState> lines, int lastAnchor) {
        if (lastAnchor < 0) {
            return lastAnchor;
        }
        int end = lastAnchor;
        while (end + 1 < lines.size() && lines.get(end + 1).role == Role.UNDECIDED
                && !lines.get(end + 1).outsideMainText && !lines.get(end + 1).template) {
            end++;
        }
        return end;
    }

    /**
     * Whether a text dump opens with its headline although the line reads as prose, so that it anchors the article:
     * the text's first line, before more of the article, in title case ("Glenn Beck Blasts Drudge for Mocking His
     * Fast, Quotes Bible to …") or opening with the name of who speaks in it ("Lynch: No outside influence on FBI
     * probe into Clinton emails."). A lead in sentence case ("The most popular punching bag in golf finally said
     * “no mas.”") is the article's.
     */
    private static boolean opensWithHeadline(List<LineState> lines, int[] block) {
        int first = block[0];
        if (first >= block[1] || lines.subList(0, first).stream().anyMatch(l -> l.role == Role.UNDECIDED)) {
            return false;
        }
        LineState line = lines.get(first);
        return line.shape.words() <= MAX_HEADLINE_WORDS && (line.shape.capitalisedRatio() >= MIN_TITLE_CASE_RATIO
                || SPEAKER_HEADLINE.matcher(line.line.text()).lookingAt());
    }

    /**
     * A text's last word is often a quotation too short to read as prose ("“It only takes that ever-so-slight touch
     * of momentum.”"), or one signed on a line of its own ("-Michelle Marks, Philadelphia."): the lines right after
     * the last anchor that are such, up to the last of them.
     */
    private static int trailingQuotation(List<LineState> lines, int lastAnchor) {
        int end = lastAnchor;
        while (lastAnchor >= 0 && end + 1 < lines.size() && lines.get(end + 1).role == Role.UNDECIDED
                && !lines.get(end + 1).template) {
            String text = lines.get(end + 1).line.text().strip();
            boolean signature = QUOTATION_LINE.matcher(lines.get(end).line.text().strip()).matches()
                    && SIGNATURE_LINE.matcher(text).matches();
            if (!signature && !QUOTATION_LINE.matcher(text).matches()) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Lines that anchor the article's extent: prose, or, on pages with no prose at all (very short items),
     * any line of a few words with some function words.
     */
    private static boolean isBodyAnchor(LineState state, boolean pageHasProse) {
        if (pageHasProse) {
            return state.prose();
        }
        return state.rule == null && state.shape.words() >= 6 && state.shape.functionRatio() >= 0.1;
    }

    /**
     * How far a line that is not an anchor parts the anchors around it, in half lines: an unexplained line a whole
     * line, recognised furniture half of one. On a page whose markup shows its main text, what the markup sets
     * outside it (an embed, a share bar) counts as recognised furniture, and a line of the main text (a subhead, a
     * list item, a table cell) nothing.
     */
    private static int gapWeight(LineState state, boolean byMarkup) {
        if (state.role != Role.UNDECIDED || byMarkup && state.outsideMainText) {
            return 1;
        }
        return byMarkup ? 0 : 2;
    }

    /**
     * On an HTML page whose markup shows its main text, the lines of that main text that anchor the article: prose,
     * or a long line whatever its language (function words are known for a few languages only).
     */
    private static boolean isMarkupAnchor(LineState state) {
        return !state.outsideMainText && state.rule == null && !state.template
                && (state.shape.isProse() || state.shape.weightedLetters() >= MIN_MARKUP_ANCHOR_LETTERS);
    }

    /** Whether the spans cover more than half of the line. */
    private static boolean mostlyWithin(Line line, List<Span> spans) {
        int covered = 0;
        for (Span span : spans) {
            covered += Math.max(0, Math.min(span.end(), line.end()) - Math.max(span.start(), line.start()));
        }
        return 2 * covered > line.end() - line.start();
    }

    /** Headline, bylines and outlet evidence: the headline from before the article, bylines from around it. */
    private record Header(int titleIndex, String title, String titleSuffix, List<Integer> bylineIndexes,
                          List<String> authors, String desk) {
    }

    private Header readHeader(List<LineState> lines, int bodyStart, int bodyEnd, DocumentHints hints,
                              CorpusProfile profile) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            LineState state = lines.get(i);
            if (state.role == Role.UNDECIDED && state.shape.words() >= 2
                    && state.shape.words() <= MAX_TITLE_WORDS && !state.shape.isResidue()
                    && bylines.prefixed(state.line.text(), state.shape).isEmpty()
                    && datedLine(state).isEmpty()) {
                candidates.add(i);
            }
        }
        // A line that contains a shorter candidate is a breadcrumb or a menu ending with the headline.
        List<Integer> breadcrumbs = new ArrayList<>();
        for (int a : candidates) {
            for (int b : candidates) {
                String longer = Folding.lowerMatchForm(lines.get(a).line.text());
                String shorter = Folding.lowerMatchForm(lines.get(b).line.text());
                if (a != b && longer.length() > shorter.length() && lines.get(b).shape.words() >= 4
                        && longer.endsWith(shorter)) {
                    breadcrumbs.add(a);
                }
            }
        }
        for (int index : breadcrumbs) {
            lines.get(index).remove(RemovalReason.NAVIGATION);
        }
        candidates.removeAll(breadcrumbs);

        Set<String> bodyWords = contentWords(lines, bodyStart);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int rank = 0; rank < candidates.size(); rank++) {
            LineState state = lines.get(candidates.get(rank));
            double score = titleScore(state, candidates.size() - 1 - rank, bodyWords, hints.title());
            if (score > bestScore) {
                bestScore = score;
                best = candidates.get(rank);
            }
        }

        String title = hints.title();
        String suffix = null;
        if (best >= 0 && (title == null || similarity(lines.get(best).line.text(), title) >= 0.5)) {
            String line = lines.get(best).line.text();
            Optional<TitleSuffix> split = TitleSuffix.split(line);
            if (split.isPresent() && isSiteName(split.get().suffix(), hints, profile)) {
                title = split.get().headline();
                suffix = split.get().suffix();
            } else {
                title = line;
            }
            lines.get(best).role = Role.TITLE;
        } else {
            best = -1;
        }

        List<Integer> bylineIndexes = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        String desk = null;
        // A bare name is read as a byline only where no line says "By …" / "Par …": on a page that has a byline,
        // other names around the headline are rubrics, topics or account menus.
        for (boolean bare : new boolean[] {false, true}) {
            for (int i = 0; i < lines.size() && (!bare || authors.isEmpty()); i++) {
                LineState state = lines.get(i);
                if (state.role != Role.UNDECIDED) {
                    continue;
                }
                // Under the headline, a byline may follow menu crumbs, a standfirst or a caption.
                boolean nearTitle = best >= 0 && i > best && i - best <= BYLINE_WINDOW && !state.prose()
                        && proseLinesBetween(lines, best, i) <= 1;
                boolean signsOff = bodyEnd >= 0 && i > bodyEnd && i - bodyEnd <= BYLINE_DISTANCE;
                Optional<Byline> byline = !bare ? bylines.prefixed(state.line.text(), state.shape)
                        : nearTitle || signsOff ? bylines.bare(state.line.text(), state.shape) : Optional.empty();
                if (byline.isPresent()) {
                    state.role = Role.BYLINE;
                    bylineIndexes.add(i);
                    authors.addAll(byline.get().authors());
                    if (desk == null) {
                        desk = byline.get().desk();
                    }
                    if (bare) {
                        break;
                    }
                }
            }
        }
        return new Header(best, title, suffix, bylineIndexes, List.copyOf(authors), desk);
    }

    private static int proseLinesBetween(List<LineState> lines, int from, int to) {
        int prose = 0;
        for (int k = from + 1; k < to; k++) {
            if (lines.get(k).prose()) {
                prose++;
            }
        }
        return prose;
    }

    /**
     * How much a line before the article looks like its headline: close above the article (menus and teasers are
     * further up), a phrase of some length rather than a sentence or a menu label, words the article uses.
     * {@code distance} counts the other candidates between the line and the article.
     */
    private double titleScore(LineState state, int distance, Set<String> bodyWords, String hintTitle) {
        double score = -0.6 * Math.min(distance, 10);
        if (!state.shape.endsSentence()) {
            score += 1;
        }
        if (state.shape.words() >= 4 && state.shape.words() <= 25) {
            score += 2;
        } else if (state.shape.words() <= 2) {
            score -= 2;
        }
        Set<String> words = contentWords(state.line.text());
        if (!words.isEmpty()) {
            long shared = words.stream().filter(bodyWords::contains).count();
            score += 4.0 * shared / words.size();
        }
        if (hintTitle != null) {
            score += 10 * similarity(state.line.text(), hintTitle);
        }
        return score;
    }

    /**
     * A headline trailer is a site name when the corpus or the document says so (several pages carry it, it
     * matches the outlet or the domain), or when it looks like one: an acronym, a domain, an outlet word.
     */
    private boolean isSiteName(String suffix, DocumentHints hints, CorpusProfile profile) {
        String folded = Folding.lowerMatchForm(suffix);
        if (hints.outlet() != null && Folding.lowerMatchForm(hints.outlet()).equals(folded)) {
            return true;
        }
        String domain = Outlet.domainOf(hints.url());
        if (domain != null && domain.contains(folded.replace(" ", ""))) {
            return true;
        }
        if (profile.documentsWithTitleSuffix(suffix) >= 2) {
            return true;
        }
        if (suffix.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}")) {
            return true;
        }
        boolean allCaps = true;
        for (String token : suffix.split("\\s+")) {
            if (vocabulary.outletWords.contains(Folding.lowerMatchForm(token))) {
                return true;
            }
            allCaps &= token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT))
                    && token.chars().anyMatch(Character::isLetter);
        }
        return allCaps;
    }

    /** Dates, and where they were read, found in the header, in short lines of the article and after it. */
    private record FoundMetadata(String published, String evidence, List<Integer> dateIndexes) {
    }

    private FoundMetadata readMetadata(List<LineState> lines, int bodyStart, int bodyEnd, Header header) {
        List<Integer> dateIndexes = new ArrayList<>();
        FoundDate best = null;
        String bestEvidence = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            LineState state = lines.get(i);
            if (state.role != Role.UNDECIDED && state.role != Role.BYLINE) {
                continue;
            }
            Optional<FoundDate> date = datedLine(state);
            if (date.isEmpty()) {
                continue;
            }
            // Inside the article a date needs its cue words ("Publié le"), except on a line of its own at the top,
            // where pages put the date line between caption and text.
            boolean inArticle = i > bodyStart + ARTICLE_HEAD_LINES && i <= bodyEnd;
            if (inArticle && date.get().cue() == null) {
                continue;
            }
            if (state.role == Role.UNDECIDED) {
                state.role = Role.PUBLISHED;
                dateIndexes.add(i);
            }
            int rank = date.get().cue() == DateCue.PUBLISHED ? 0 : date.get().cue() == null ? 1 : 3;
            if (rank < bestRank) {
                best = date.get();
                bestRank = rank;
                bestEvidence = state.line.text();
            }
        }
        if (bestRank > 1 && bodyStart < lines.size()) {
            Optional<FoundDate> dateline = dateline(lines.get(bodyStart).line.text());
            if (dateline.isPresent()) {
                best = dateline.get();
                bestEvidence = lines.get(bodyStart).line.text().substring(0, dateline.get().end());
            }
        }
        return new FoundMetadata(best == null ? null : best.iso(), bestEvidence, dateIndexes);
    }

    /** A line that is about a date (a date line, a byline with its date), not prose that mentions one. */
    /**
     * The date of a line that is there to give a date: a short line ("12 mars 2024", "Publié le …"), or one
     * the date fills for the most part; not a date mentioned in a paragraph of prose.
     */
    private Optional<FoundDate> datedLine(LineState state) {
        if (state.shape.words() > MAX_DATE_LINE_WORDS) {
            return Optional.empty();
        }
        return dates.find(state.line.text()).filter(date -> {
            if (state.shape.isProse() && date.cue() == null) {
                return false;
            }
            int length = state.line.text().length();
            return date.cue() != null
                    || state.shape.words() <= 8
                    || (date.end() - date.start()) * 10 >= length * 4;
        });
    }

    /** "PARIS, 12 mars 2024 (AFP) -": a place and a date opening the first paragraph. */
    private Optional<FoundDate> dateline(String paragraph) {
        return dates.find(paragraph).filter(date -> date.start() <= DATELINE_MAX_OFFSET
                && DATELINE_PLACE.matcher(paragraph.substring(0, date.start())).matches());
    }

    private void decideHeaderLine(LineState state, Header header) {
        boolean afterTitle = header.titleIndex() >= 0 && state.line.index() > header.titleIndex();
        if (afterTitle && state.shape.words() >= 12 && (state.shape.functionRatio() >= 0.2
                || state.shape.endsSentence() && state.shape.functionRatio() >= 0.1)) {
            // A standfirst that does not end like a sentence, or a lead dense with names ("WASHINGTON (Reuters) -
            // U.S. Democratic presidential candidate Hillary Clinton said …").
            state.role = Role.BODY;
        } else {
            state.remove(RemovalReason.NAVIGATION);
        }
    }

    private Article assemble(Document document, String id, List<LineState> lines, Header header,
                             FoundMetadata found) {
        List<Span> paragraphs = new ArrayList<>();
        List<RemovedSpan> removed = new ArrayList<>();
        List<MetadataSpan> metadata = new ArrayList<>();
        String copyrightHolder = null;
        for (LineState state : lines) {
            Span span = state.line.span();
            switch (state.role) {
                case BODY -> paragraphs.add(span);
                case TITLE -> metadata.add(new MetadataSpan(span, MetadataSpan.Field.TITLE));
                case BYLINE -> metadata.add(new MetadataSpan(span, MetadataSpan.Field.BYLINE));
                case PUBLISHED -> metadata.add(new MetadataSpan(span, MetadataSpan.Field.PUBLISHED));
                case REMOVED -> {
                    removed.add(new RemovedSpan(span, state.reason));
                    if (copyrightHolder == null && state.reason == RemovalReason.FOOTER) {
                        Matcher m = COPYRIGHT_HOLDER.matcher(state.line.text());
                        if (m.find()) {
                            copyrightHolder = m.group(1).strip();
                        }
                    }
                }
                default -> throw new IllegalStateException("undecided line " + state.line.index());
            }
        }
        String published = found.published();
        String evidence = found.evidence();
        DocumentHints hints = document.hints();
        if (hints.published() != null) {
            Optional<FoundDate> given = dates.find(hints.published());
            if (given.isPresent()) {
                published = given.get().iso();
                evidence = "input field: " + hints.published();
            }
        }
        if (published == null && hints.captured() != null) {
            // A capture date only bounds publication from above, and the evidence says so.
            published = hints.captured().substring(0, Math.min(10, hints.captured().length()));
            evidence = "captured " + hints.captured() + " (web archive record; published then or earlier)";
        }
        List<String> authors = header.authors();
        if (authors.isEmpty() && hints.author() != null) {
            authors = List.of(hints.author());
        }
        return new Article(id, document.input(), hints.url(),
                outlet(hints, header, copyrightHolder), header.title(), authors, published, evidence,
                null, document.raw(), paragraphs, removed, metadata);
    }

    private static Outlet outlet(DocumentHints hints, Header header, String copyrightHolder) {
        String domain = Outlet.domainOf(hints.url());
        String name;
        String evidence;
        if (hints.outlet() != null) {
            name = hints.outlet();
            evidence = "input field";
        } else if (header.titleSuffix() != null) {
            name = header.titleSuffix();
            evidence = "title suffix";
        } else if (header.desk() != null) {
            name = header.desk();
            evidence = "byline";
        } else if (copyrightHolder != null) {
            name = copyrightHolder;
            evidence = "copyright notice";
        } else if (domain != null) {
            name = domain;
            evidence = "url";
        } else {
            return null;
        }
        return new Outlet(name, domain, evidence);
    }

    private Set<String> contentWords(List<LineState> lines, int bodyStart) {
        Set<String> words = new HashSet<>();
        int taken = 0;
        for (int i = bodyStart; i < lines.size() && taken < 4; i++) {
            if (lines.get(i).prose()) {
                words.addAll(contentWords(lines.get(i).line.text()));
                taken++;
            }
        }
        return words;
    }

    private Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : Folding.lowerMatchForm(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 3 && !vocabulary.functionWords.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /** Share of the shorter text's content words found in the other. */
    private double similarity(String a, String b) {
        Set<String> wordsA = contentWords(a);
        Set<String> wordsB = contentWords(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> smaller = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
        Set<String> larger = smaller == wordsA ? wordsB : wordsA;
        return (double) smaller.stream().filter(larger::contains).count() / smaller.size();
    }
}
