package io.newstrace.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.registry.RegistryOutlet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A large analysed run written straight into a directory, as {@code analyze} would leave it, without running the
 * pipeline: {@code articles.jsonl} in the export format with text from Markov chains trained on real French and
 * English news ({@link ReuseCorpus}), and the corpus files the store loads ({@code entities}, {@code quotes},
 * {@code sources}, {@code reuse}, {@code stories}, {@code provenance}, {@code outlet_links}, {@code run.json}).
 * Every offset points at the words it names in {@code raw}. Article {@code i} depends only on the seed and
 * {@code i}; articles are generated in parallel chunks and written in order, so memory holds one chunk plus a few
 * ints per article and per mention (entities are written last, sorted, with all their mentions).
 */
final class StoreCorpus {
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final int DAYS = 730;
    static final int PEOPLE = 2000;
    private static final int JOURNALISTS = 300;
    private static final double OPENS_STORY = 0.3;
    private static final int STORY_WINDOW = 300;
    private static final double RELAYS_WIRE = 0.3;
    private static final double CITES_OUTLET = 0.1;
    private static final double STATE_AFFILIATED_SHARE = 0.25;
    private static final int CHUNK = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> FIRST_NAMES = List.of("Abdoulaye", "Assimi", "Aminata", "Moussa", "Fatoumata",
            "Ibrahim", "Oumar", "Mariam", "Sergueï", "Vladimir", "Dmitri", "Maria", "Olga", "Emmanuel", "Jean-Yves",
            "Catherine", "Antony", "Joe", "Kamala", "Ursula", "Josep", "António", "Moussa", "Bola", "Paul", "Macky",
            "Ousmane", "Choguel", "Sadio", "Yevgeny", "Alexandre", "Sophie", "Laurent", "Claire", "Nicolas", "Anne",
            "Thomas", "Julie", "David", "Sarah", "James", "Emily", "Michael", "Laura", "Mohamed", "Aïssata", "Boubacar",
            "Salif", "Kadiatou", "Idrissa", "Hamidou", "Awa", "Seydou", "Rokia", "Alou");
    private static final List<String> SURNAMES = List.of("Diop", "Goïta", "Traoré", "Keïta", "Coulibaly", "Maïga",
            "Touré", "Diallo", "Cissé", "Sangaré", "Lavrov", "Poutine", "Peskov", "Zakharova", "Prigojine", "Macron",
            "Le Drian", "Colonna", "Blinken", "Biden", "Harris", "von der Leyen", "Borrell", "Guterres", "Tinubu",
            "Kagame", "Sall", "Sonko", "Kokalla Maïga", "Dembélé", "Dupont", "Martin", "Bernard", "Durand", "Lefebvre",
            "Moreau", "Laurent", "Simon", "Michel", "Garcia", "Smith", "Johnson", "Brown", "Taylor", "Wilson",
            "Ivanov", "Petrov", "Sidibé", "Konaté", "Kanté", "Sow", "Ba", "Camara", "Bah", "Kouyaté", "Doumbia",
            "Sylla", "Fofana", "Tall", "Niang");
    /** Places and organisations the chains' training text names often; each occurrence is a mention. */
    private static final Map<String, String> PLACES = places();

    private static Map<String, String> places() {
        Map<String, String> places = new LinkedHashMap<>();
        for (String loc : List.of("Mali", "Bamako", "Russie", "Russia", "Moscou", "Moscow", "France", "Paris",
                "Niger", "Burkina Faso", "Ukraine", "Afrique", "Africa", "Sahel", "Washington", "Chine", "China",
                "Algérie", "Sénégal", "Tombouctou", "Kidal", "Gao", "Europe", "Kremlin")) {
            places.put(loc, "LOC");
        }
        for (String org : List.of("Wagner", "ONU", "Nations unies", "United Nations", "Union européenne",
                "European Union", "MINUSMA", "CEDEAO", "ECOWAS", "Barkhane", "OTAN", "NATO", "Sputnik", "RT")) {
            places.put(org, "ORG");
        }
        return places;
    }

    /** Entity ids of the places and organisations articles may mention. */
    static List<String> placeIds() {
        return PLACES.entrySet().stream().map(place -> entityId(place.getValue(), place.getKey())).toList();
    }

    /** A person of the pool: speakers, and the people articles mention. */
    record Person(String id, String name, String surname) {
    }

    /** A span of {@code raw}. */
    record Span(int start, int end) {
    }

    record Mention(String entity, int start, int end) {
    }

    /** A quote: the quoted words, and who said it (null when nobody is named) and where the name is. */
    record Quote(Span words, String kind, Person speaker, Span name, String cue) {
    }

    /** An outlet this article names as its source ("Selon Sputnik, …"). */
    record Citation(RegistryOutlet outlet, Span evidence) {
    }

    record Article(int index, String id, String language, RegistryOutlet outlet, String url, String title,
                   List<String> authors, LocalDate published, String raw, List<Span> paragraphs, Span titleSpan,
                   Span byline, List<Quote> quotes, List<Mention> mentions, Citation citation, int opener,
                   Span wire) {
        boolean relaysWire() {
            return wire != null && opener != index;
        }
    }

    /** What was written, for the queries of the benchmark. */
    record Written(List<String> articleIds, List<String> storyIds, List<String> phrases, List<String> outletIds,
                   Set<String> entityIds, long bytes, Map<String, Integer> counts) {
    }

    private final ReuseCorpus french;
    private final ReuseCorpus english;
    private final OutletRegistry registry;
    private final long seed;
    private final List<Person> people;
    private final double[] personCumulative;
    private final List<String> journalists;
    private final Map<String, List<RegistryOutlet>> stateOutlets = new TreeMap<>();
    private final Map<String, List<RegistryOutlet>> otherOutlets = new TreeMap<>();
    private final List<RegistryOutlet> citedOutlets;

    StoreCorpus(ReuseCorpus french, ReuseCorpus english, OutletRegistry registry, long seed) {
        this.french = french;
        this.english = english;
        this.registry = registry;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        this.people = pool(PEOPLE, random).stream().map(name -> new Person(entityId("PER", name), name,
                name.substring(name.indexOf(' ') + 1))).toList();
        // Zipf weights: a few people are quoted everywhere, most rarely, as in the news.
        this.personCumulative = new double[PEOPLE];
        double sum = 0;
        for (int r = 0; r < PEOPLE; r++) {
            sum += 1.0 / (r + 1);
            personCumulative[r] = sum;
        }
        this.journalists = pool(JOURNALISTS, random);
        for (String language : List.of("fr", "en")) {
            for (RegistryOutlet outlet : registry.all()) {
                if (outlet.languages().contains(language)) {
                    (registry.stateAffiliated(outlet) ? stateOutlets : otherOutlets)
                            .computeIfAbsent(language, k -> new ArrayList<>()).add(outlet);
                }
            }
        }
        this.citedOutlets = registry.all().stream().filter(registry::stateAffiliated).toList();
    }

    /** Distinct "First Last" names, drawn from the name lists. */
    private static List<String> pool(int size, SplittableRandom random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < size) {
            names.add(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                    + SURNAMES.get(random.nextInt(SURNAMES.size())));
        }
        return List.copyOf(names);
    }

    List<Person> people() {
        return people;
    }

    /** A person drawn with the pool's Zipf weights. */
    Person person(SplittableRandom random) {
        double target = random.nextDouble() * personCumulative[PEOPLE - 1];
        int at = Arrays.binarySearch(personCumulative, target);
        return people.get(Math.min(PEOPLE - 1, at >= 0 ? at : -at - 1));
    }

    static String entityId(String type, String name) {
        return type.toLowerCase(Locale.ROOT) + "-" + sha256Hex(name.toLowerCase(Locale.ROOT)).substring(0, 12);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SplittableRandom random(int index, long salt) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 31L + salt);
    }

    /** Whether article {@code index} opens a story of its own (a pure function, so any article can tell). */
    private boolean opensStory(int index) {
        return index == 0 || random(index, 1).nextDouble() < OPENS_STORY;
    }

    /** The article that opened the story {@code index} joins: an opener among the few hundred before it. */
    int opener(int index) {
        if (opensStory(index)) {
            return index;
        }
        int at = index - 1 - random(index, 2).nextInt(Math.min(index, STORY_WINDOW));
        while (!opensStory(at)) {
            at--;
        }
        return at;
    }

    /** Articles come roughly in date order, over two years, as a crawl gives them. */
    static LocalDate published(int index, int articles) {
        return FIRST_DAY.plusDays(Math.min(DAYS - 1, (long) index * DAYS / Math.max(1, articles)));
    }

    Article article(int index, int articles) {
        int opener = opener(index);
        // A story keeps one language: its articles relay each other's wire text.
        String language = random(opener, 3).nextDouble() < 0.6 ? "fr" : "en";
        boolean french = language.equals("fr");
        ReuseCorpus chain = french ? this.french : english;
        SplittableRandom random = random(index, 4);
        RegistryOutlet outlet = outlet(language, random);
        LocalDate published = published(index, articles);

        StringBuilder raw = new StringBuilder();
        chain.appendWords(raw, 6 + random.nextInt(9), random);
        String title = raw.toString();
        Span titleSpan = new Span(0, raw.length());
        List<String> authors = new ArrayList<>();
        Span byline = null;
        if (random.nextDouble() < 0.8) {
            authors.add(journalists.get(random.nextInt(JOURNALISTS)));
            if (random.nextDouble() < 0.2) {
                authors.add(journalists.get(random.nextInt(JOURNALISTS)));
            }
            raw.append("\n\n");
            int start = raw.length();
            raw.append(french ? "Par " : "By ").append(String.join(french ? " et " : " and ", authors));
            byline = new Span(start, raw.length());
        }

        List<Span> paragraphs = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Span wire = null;
        if (opener == index || random.nextDouble() < RELAYS_WIRE) {
            raw.append("\n\n");
            int start = raw.length();
            SplittableRandom wireRandom = random(opener, 5);
            chain.appendWords(raw, 50 + wireRandom.nextInt(60), wireRandom);
            wire = new Span(start, raw.length());
            paragraphs.add(wire);
        }
        int body = 3 + random.nextInt(6);
        int quoteCount = 1 + random.nextInt(4);
        int citedAt = random.nextDouble() < CITES_OUTLET ? random.nextInt(body) : -1;
        Citation citation = null;
        for (int p = 0; p < body + quoteCount; p++) {
            raw.append("\n\n");
            int start = raw.length();
            boolean quote = random.nextInt(body + quoteCount - p) < quoteCount - quotes.size();
            if (quote) {
                quotes.add(appendQuote(raw, chain, french, random));
            } else {
                if (paragraphs.size() - quotes.size() - (wire == null ? 0 : 1) == citedAt) {
                    RegistryOutlet cited = citedOutlets.get(random.nextInt(citedOutlets.size()));
                    raw.append(french ? "Selon " : "According to ").append(cited.name());
                    citation = new Citation(cited, new Span(start, raw.length()));
                    raw.append(", ");
                }
                chain.appendWords(raw, 40 + random.nextInt(81), random);
            }
            paragraphs.add(new Span(start, raw.length()));
        }
        for (Quote quote : quotes) {
            if (quote.speaker() != null) {
                mentions.add(new Mention(quote.speaker().id(), quote.name().start(), quote.name().end()));
            }
        }
        String text = raw.toString();
        mentions.addAll(placeMentions(text, titleSpan.end()));
        mentions.sort(Comparator.comparingInt(Mention::start));
        String url = outlet.domains().isEmpty() ? null : "https://" + outlet.domains().get(0) + "/"
                + published.getYear() + "/" + String.format(Locale.ROOT, "%02d", published.getMonthValue()) + "/a"
                + index;
        String id = sha256Hex(url == null ? text : text + "\0" + url).substring(0, 16);
        return new Article(index, id, language, outlet, url, title, authors, published, text, paragraphs, titleSpan,
                byline, quotes, mentions, citation, opener, wire);
    }

    private RegistryOutlet outlet(String language, SplittableRandom random) {
        List<RegistryOutlet> outlets = (random.nextDouble() < STATE_AFFILIATED_SHARE ? stateOutlets : otherOutlets)
                .get(language);
        // Squaring a uniform draw favours the first outlets of the list: some outlets publish far more than others.
        double draw = random.nextDouble();
        return outlets.get((int) (draw * draw * outlets.size()));
    }

    /** A quote paragraph, direct or reported, its speaker named in it (one in ten names nobody). */
    private Quote appendQuote(StringBuilder raw, ReuseCorpus chain, boolean french, SplittableRandom random) {
        Person speaker = random.nextDouble() < 0.9 ? person(random) : null;
        boolean direct = speaker == null || random.nextDouble() < 0.65;
        int length = 10 + random.nextInt(25);
        Span words;
        Span name = null;
        String cue;
        if (direct) {
            raw.append(french ? "« " : "\"");
            int start = raw.length();
            chain.appendWords(raw, length, random);
            words = new Span(start, raw.length());
            if (speaker == null) {
                cue = french ? "selon une source proche du dossier" : "a source close to the matter said";
                raw.append(french ? " », " : ",\" ").append(cue).append('.');
                return new Quote(words, "direct", null, null, cue + " (phrase)");
            }
            cue = french ? "a déclaré" : "said";
            raw.append(french ? " », " : ",\" ").append(cue).append(' ');
            name = new Span(raw.length(), raw.length() + speaker.name().length());
            raw.append(speaker.name()).append('.');
        } else {
            name = new Span(raw.length(), raw.length() + speaker.name().length());
            cue = french ? "a affirmé que" : "said that";
            raw.append(speaker.name()).append(' ').append(cue).append(' ');
            int start = raw.length();
            chain.appendWords(raw, length, random);
            words = new Span(start, raw.length());
            raw.append('.');
        }
        return new Quote(words, direct ? "direct" : "indirect", speaker, name, cue + " (name)");
    }

    /** Every whole-word occurrence of a known place or organisation after the title. */
    private static List<Mention> placeMentions(String text, int from) {
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<String, String> place : PLACES.entrySet()) {
            String name = place.getKey();
            for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    mentions.add(new Mention(entityId(place.getValue(), name), at, end));
                }
            }
        }
        return mentions;
    }

    /** Writes the run of {@code articles} articles into {@code directory}, {@code run.json} last. */
    Written write(Path directory, int articles) throws IOException {
        Files.createDirectories(directory);
        Instant started = Instant.now();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(articles);
        int[] openerOf = new int[articles];
        Map<Integer, String> storyLabels = new TreeMap<>();
        Map<String, MentionList> mentionsByEntity = new TreeMap<>();
        Map<List<String>, int[]> outletLinks = new TreeMap<>(Comparator
                .comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        List<String> phrases = new ArrayList<>();
        Set<String> outletIds = new TreeSet<>();
        long bytes = 0;
        try (BufferedWriter articleLines = writer(directory, "articles.jsonl");
             BufferedWriter quoteLines = writer(directory, "quotes.jsonl");
             BufferedWriter sourceLines = writer(directory, "sources.jsonl");
             BufferedWriter reuseLines = writer(directory, "reuse.jsonl");
             BufferedWriter provenanceLines = writer(directory, "provenance.jsonl")) {
            for (int from = 0; from < articles; from += CHUNK) {
                List<Article> chunk = IntStream.range(from, Math.min(articles, from + CHUNK)).parallel()
                        .mapToObj(i -> article(i, articles)).toList();
                for (Article article : chunk) {
                    String line = JSON.writeValueAsString(articleRecord(article));
                    articleLines.write(line);
                    articleLines.write('\n');
                    bytes += line.length() + 1;
                    ids.add(article.id());
                    outletIds.add(article.outlet().id());
                    openerOf[article.index()] = article.opener();
                    if (article.opener() == article.index()) {
                        storyLabels.put(article.index(), storyLabel(article));
                    }
                    for (int q = 0; q < article.quotes().size(); q++) {
                        writeLine(quoteLines, quoteRecord(article, q + 1, article.quotes().get(q)));
                    }
                    for (Mention mention : article.mentions()) {
                        mentionsByEntity.computeIfAbsent(mention.entity(), k -> new MentionList())
                                .add(article.index(), mention.start(), mention.end());
                    }
                    if (article.citation() != null) {
                        writeCitation(sourceLines, provenanceLines, article, outletLinks);
                    }
                    if (article.relaysWire()) {
                        writeRelay(reuseLines, provenanceLines, article, articles, ids.get(article.opener()),
                                outletLinks);
                        counts.merge("reused_passages", 1, Integer::sum);
                    }
                    if (article.index() % 50 == 0) {
                        phrases.add(phrase(article));
                    }
                    counts.merge("quotes", article.quotes().size(), Integer::sum);
                    counts.merge("paragraphs", article.paragraphs().size(), Integer::sum);
                }
            }
        }
        counts.put("articles", articles);
        counts.put("entities", writeEntities(directory, mentionsByEntity, ids));
        List<String> storyIds = writeStories(directory, openerOf, storyLabels, ids, articles);
        counts.put("stories", storyIds.size());
        writeOutletLinks(directory, outletLinks);
        counts.put("outlet_links", outletLinks.size());
        writeRunJson(directory, started, counts);
        return new Written(ids, storyIds, phrases, List.copyOf(outletIds), Set.copyOf(mentionsByEntity.keySet()),
                bytes, counts);
    }

    private static BufferedWriter writer(Path directory, String name) throws IOException {
        return Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
    }

    private static void writeLine(BufferedWriter writer, Object record) throws IOException {
        writer.write(JSON.writeValueAsString(record));
        writer.write('\n');
    }

    private static Map<String, Object> span(Span span) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("start", span.start());
        record.put("end", span.end());
        return record;
    }

    private static Map<String, Object> articleRecord(Article article) {
        Map<String, Object> outlet = new LinkedHashMap<>();
        outlet.put("name", article.outlet().name());
        outlet.put("domain", article.outlet().domains().isEmpty() ? null : article.outlet().domains().get(0));
        outlet.put("evidence", "input field");
        outlet.put("registry", article.outlet().id());
        List<Map<String, Object>> metadata = new ArrayList<>();
        Map<String, Object> title = span(article.titleSpan());
        title.put("field", "title");
        metadata.add(title);
        if (article.byline() != null) {
            Map<String, Object> byline = span(article.byline());
            byline.put("field", "byline");
            metadata.add(byline);
        }
        Map<String, Object> hints = new LinkedHashMap<>();
        hints.put("outlet", article.outlet().name());
        hints.put("published", article.published().toString());
        if (article.url() != null) {
            hints.put("url", article.url());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", article.id());
        record.put("input", "generated/store-bench.jsonl:" + (article.index() + 1));
        record.put("url", article.url());
        record.put("outlet", outlet);
        record.put("title", article.title());
        record.put("authors", article.authors());
        record.put("published", article.published().toString());
        record.put("published_evidence", "input field: " + article.published());
        record.put("language", article.language());
        record.put("raw", article.raw());
        record.put("paragraphs", article.paragraphs().stream().map(StoreCorpus::span).toList());
        record.put("text", String.join("\n\n", article.paragraphs().stream()
                .map(p -> article.raw().substring(p.start(), p.end())).toList()));
        record.put("removed", List.of());
        record.put("metadata_spans", metadata);
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("format", "jsonl");
        ingest.put("hints", hints);
        record.put("ingest", ingest);
        return record;
    }

    private static Map<String, Object> quoteRecord(Article article, int rank, Quote quote) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", article.id() + "-q" + rank);
        record.put("article", article.id());
        record.put("start", quote.words().start());
        record.put("end", quote.words().end());
        record.put("text", article.raw().substring(quote.words().start(), quote.words().end()));
        record.put("kind", quote.kind());
        Map<String, Object> speaker = null;
        if (quote.speaker() != null) {
            speaker = new LinkedHashMap<>();
            speaker.put("name", quote.speaker().name());
            speaker.put("entity", quote.speaker().id());
            speaker.put("start", quote.name().start());
            speaker.put("end", quote.name().end());
        }
        record.put("speaker", speaker);
        record.put("cue", quote.cue());
        record.put("confidence", quote.speaker() == null ? 0.5 : 0.8);
        return record;
    }

    private static void writeCitation(BufferedWriter sources, BufferedWriter provenance, Article article,
                                      Map<List<String>, int[]> outletLinks) throws IOException {
        Citation citation = article.citation();
        String evidence = article.raw().substring(citation.evidence().start(), citation.evidence().end());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("article", article.id());
        source.put("name", citation.outlet().name());
        source.put("kind", "outlet");
        source.put("outlet", citation.outlet().id());
        source.put("start", citation.evidence().start());
        source.put("end", citation.evidence().end());
        source.put("evidence", evidence);
        writeLine(sources, source);
        writeLine(provenance, edge("outlet:" + citation.outlet().id(), article.id(), "citation", true,
                "outlet: " + evidence));
        link(outletLinks, citation.outlet().id(), article.outlet().id(), true, "citation");
    }

    private void writeRelay(BufferedWriter reuse, BufferedWriter provenance, Article article, int articles,
                            String openerId, Map<List<String>, int[]> outletLinks) throws IOException {
        // The opener carries the same wire paragraph first in its body: regenerate it for the offsets there.
        Article opener = article(article.opener(), articles);
        boolean openerFirst = openerId.compareTo(article.id()) < 0;
        Span a = openerFirst ? opener.wire() : article.wire();
        Span b = openerFirst ? article.wire() : opener.wire();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("a", openerFirst ? openerId : article.id());
        record.put("b", openerFirst ? article.id() : openerId);
        record.put("kind", "passage");
        record.put("a_start", a.start());
        record.put("a_end", a.end());
        record.put("b_start", b.start());
        record.put("b_end", b.end());
        record.put("score", 1.0);
        record.put("method", "shingle-index+align");
        writeLine(reuse, record);
        boolean attributed = random(article.index(), 6).nextBoolean();
        writeLine(provenance, edge(openerId, article.id(), "reuse", attributed, "1 passage ("
                + (article.wire().end() - article.wire().start()) + " characters in the later article, best score "
                + "1.000); the later article " + (attributed ? "credits " : "neither names nor links ")
                + "outlet:" + opener.outlet().id()));
        link(outletLinks, opener.outlet().id(), article.outlet().id(), attributed, "reuse");
    }

    private static Map<String, Object> edge(String from, String to, String basis, boolean attributed,
                                            String evidence) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("from", from);
        record.put("to", to);
        record.put("basis", basis);
        record.put("attributed", attributed);
        record.put("ordered", true);
        record.put("evidence", evidence);
        return record;
    }

    private static final List<String> BASES = List.of("citation", "reuse");

    /**
     * Counts an article edge between two outlets as {attributed, unattributed, then one count per basis of
     * {@link #BASES}}; edges within one outlet are left out, as in the export.
     */
    private static void link(Map<List<String>, int[]> links, String from, String to, boolean attributed,
                             String basis) {
        if (!from.equals(to)) {
            int[] counts = links.computeIfAbsent(List.of("outlet:" + from, "outlet:" + to),
                    k -> new int[2 + BASES.size()]);
            counts[attributed ? 0 : 1]++;
            counts[2 + BASES.indexOf(basis)]++;
        }
    }

    private String storyLabel(Article opener) {
        String people = opener.quotes().stream().filter(q -> q.speaker() != null).map(q -> q.speaker().name())
                .distinct().limit(2).reduce((x, y) -> x + ", " + y).orElse(opener.outlet().name());
        return people + " — " + opener.title();
    }

    /** Two or three words in a row of the article's body, letters only, for phrase queries. */
    private static String phrase(Article article) {
        Span paragraph = article.paragraphs().get(article.paragraphs().size() - 1);
        String[] words = article.raw().substring(paragraph.start(), paragraph.end()).split("\\s+");
        for (int w = 0; w + 2 < words.length; w++) {
            if (words[w].matches("\\p{L}{3,}") && words[w + 1].matches("\\p{L}{3,}")) {
                return words[w] + " " + words[w + 1];
            }
        }
        return words[0];
    }

    /** Mentions of one entity as (article index, start, end) triples: a few ints each, however many articles. */
    private static final class MentionList {
        private int[] values = new int[12];
        private int size;

        void add(int article, int start, int end) {
            if (size + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = article;
            values[size++] = start;
            values[size++] = end;
        }
    }

    private int writeEntities(Path directory, Map<String, MentionList> mentionsByEntity, List<String> ids)
            throws IOException {
        Map<String, String[]> known = new LinkedHashMap<>();
        for (Person person : people) {
            known.put(person.id(), new String[] {"PER", person.name(), person.surname()});
        }
        PLACES.forEach((name, type) -> known.put(entityId(type, name), new String[] {type, name, null}));
        try (BufferedWriter lines = writer(directory, "entities.jsonl")) {
            for (Map.Entry<String, MentionList> entry : mentionsByEntity.entrySet()) {
                String[] facts = known.get(entry.getKey());
                MentionList list = entry.getValue();
                List<Map<String, Object>> mentions = new ArrayList<>(list.size / 3);
                for (int i = 0; i < list.size; i += 3) {
                    Map<String, Object> mention = new LinkedHashMap<>();
                    mention.put("article", ids.get(list.values[i]));
                    mention.put("start", list.values[i + 1]);
                    mention.put("end", list.values[i + 2]);
                    mentions.add(mention);
                }
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", entry.getKey());
                record.put("type", facts[0]);
                record.put("name", facts[1]);
                record.put("aliases", facts[2] == null ? List.of() : List.of(facts[2]));
                record.put("mentions", mentions);
                writeLine(lines, record);
            }
        }
        return mentionsByEntity.size();
    }

    private static List<String> writeStories(Path directory, int[] openerOf, Map<Integer, String> labels,
                                             List<String> ids, int articles) throws IOException {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < articles; i++) {
            members.computeIfAbsent(openerOf[i], k -> new ArrayList<>()).add(i);
        }
        List<String> storyIds = new ArrayList<>();
        try (BufferedWriter lines = writer(directory, "stories.jsonl")) {
            for (Map.Entry<Integer, List<Integer>> story : members.entrySet()) {
                List<Integer> indices = story.getValue();
                String id = "story-" + ids.get(story.getKey());
                storyIds.add(id);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", id);
                record.put("label", labels.get(story.getKey()));
                record.put("articles", indices.stream().map(ids::get).toList());
                record.put("first_seen", published(indices.get(0), articles).toString());
                record.put("last_seen", published(indices.get(indices.size() - 1), articles).toString());
                writeLine(lines, record);
            }
        }
        return storyIds;
    }

    private static void writeOutletLinks(Path directory, Map<List<String>, int[]> links) throws IOException {
        try (BufferedWriter lines = writer(directory, "outlet_links.jsonl")) {
            for (Map.Entry<List<String>, int[]> link : links.entrySet()) {
                int[] counts = link.getValue();
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("from", link.getKey().get(0));
                record.put("to", link.getKey().get(1));
                record.put("weight", counts[0] + counts[1]);
                record.put("attributed", counts[0]);
                record.put("unattributed", counts[1]);
                Map<String, Integer> bases = new LinkedHashMap<>();
                for (int b = 0; b < BASES.size(); b++) {
                    if (counts[2 + b] > 0) {
                        bases.put(BASES.get(b), counts[2 + b]);
                    }
                }
                record.put("bases", bases);
                writeLine(lines, record);
            }
        }
    }

    private static void writeRunJson(Path directory, Instant started, Map<String, Integer> counts)
            throws JsonProcessingException, IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("format", "newstrace/1");
        run.put("version", "store-bench");
        run.put("started", started.toString());
        run.put("finished", Instant.now().toString());
        run.put("inputs", List.of("generated by newstrace-bench store"));
        run.put("config", Map.of("generator", "StoreCorpus"));
        run.put("counts", counts);
        run.put("errors", List.of());
        run.put("warnings", List.of());
        Files.writeString(directory.resolve("run.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(run),
                StandardCharsets.UTF_8);
    }
}
