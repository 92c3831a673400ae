package io.newstrace.bench;

import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes synthetic but realistic page dumps for benchmarks, deterministically from a seed.
 *
 * <p>All text is real: the headlines, bylines, body paragraphs and site-furniture blocks (menus, share prompts,
 * "Lire aussi" lines, comment widgets, footers) of real page dumps, the bundled samples and, when present, the
 * cleaner's page fixtures. Each source page is split into those parts once, with the project's own
 * {@link Cleaner} (its decisions on the source pages are the labels), and every generated document is
 * assembled like a scraped page:
 * <pre>
 *   furniture above the headline (menus, follow prompts)      -- from one "site" page, sometimes mixed
 *   headline                                                  -- 0-10% of its words dropped or swapped
 *   byline (often)
 *   furniture under the headline (counters, photo credits)
 *   body paragraphs of one to several source articles, a random subset, reordered, 0-10% of words dropped
 *   or swapped, now and then an inline block ("Lire aussi", an ad label)
 *   furniture after the article (source lines, comment widgets, about/contact/copyright footers)
 * </pre>
 * Blocks are separated by blank lines, like the samples; lines of one furniture block stay together. Documents
 * are 2 to 8 KB of UTF-8. Document {@code i} depends only on the seed, {@code i} and the source pages, so
 * any slice of a corpus can be regenerated alone and generation runs in parallel.
 */
public final class CorpusGenerator {
    /** Smallest and largest size of a generated document, in bytes of UTF-8 (the body is filled up to it). */
    public static final int MIN_BYTES = 2 * 1024;
    public static final int MAX_BYTES = 8 * 1024;
    /** Highest share of words dropped or swapped in a document's headline and paragraphs. */
    public static final double MAX_EDIT_RATE = 0.10;

    /** Sentence openings written in lower case after a kicker ("Mali : le ministre ..."). */
    private static final Set<String> LOWER_AFTER_KICKER = Set.of("Le", "La", "Les", "L’", "Un", "Une", "Des",
            "Dans", "Depuis", "Selon", "Pour", "Il", "Elle", "Ce", "Cette", "Alors", "En", "Au", "Aux", "De", "Du",
            "The", "A", "An", "In", "For");

    /** Words a headline cut from a sentence should not end on. */
    private static final Set<String> DANGLING = Set.of("dans", "pour", "avec", "sont", "entre", "leur", "leurs",
            "cette", "depuis", "selon", "contre", "vers", "chez", "sans", "sous", "notre", "votre",
            "d’un", "d’une", "l’un", "with", "from", "that", "this", "their");

    /** Where the bundled samples are looked for when no directory is given: run from bench/ or from the root. */
    public static final List<Path> DEFAULT_SAMPLE_DIRS =
            List.of(Path.of("..", "samples", "mali-russia"), Path.of("samples", "mali-russia"));
    /** The cleaner's real-page fixtures, used too when they exist. */
    public static final List<Path> DEFAULT_PAGE_DIRS = List.of(Path.of("..", "core", "src", "test", "resources",
            "pages"), Path.of("core", "src", "test", "resources", "pages"));

    /** One source page cut into the parts documents are made of. */
    record SourcePage(String name, List<String> headlines, List<String> bylines, List<String> top,
                      List<String> underTitle, List<String> paragraphs, List<String> inline, List<String> tail) {
    }

    /** What {@link #write} produced. */
    public record Written(List<Path> files, long bytes) {
    }

    private final List<SourcePage> pages;
    private final List<String> allHeadlines;
    private final List<String> allBylines;
    private final List<String> allInline;
    private final Set<String> inlineBlocks;

    CorpusGenerator(List<SourcePage> pages) {
        this.pages = pages.stream().filter(page -> !page.paragraphs().isEmpty()).toList();
        if (this.pages.isEmpty()) {
            throw new IllegalArgumentException("no source page with body paragraphs");
        }
        this.allHeadlines = this.pages.stream().flatMap(p -> p.headlines().stream()).toList();
        this.allBylines = this.pages.stream().flatMap(p -> p.bylines().stream()).toList();
        this.allInline = this.pages.stream().flatMap(p -> p.inline().stream()).toList();
        this.inlineBlocks = Set.copyOf(allInline);
    }

    /**
     * A generator fed with the {@code .txt} page dumps of the given directories (each sorted by name; missing
     * directories are passed over).
     */
    public static CorpusGenerator fromDirectories(List<Path> directories) {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(directory)) {
                listing.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt page dumps in " + directories);
        }
        List<String> names = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        for (Path file : files) {
            try {
                names.add(file.getFileName().toString());
                raws.add(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n'));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return fromTexts(names, raws);
    }

    /** The sample directory to use: the one given, else the first default that exists. */
    public static Path resolveSamples(Path given) {
        if (given != null) {
            return given;
        }
        return DEFAULT_SAMPLE_DIRS.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot find the samples: looked for " + DEFAULT_SAMPLE_DIRS + "; give --samples DIR"));
    }

    /** The page-fixture directory to use: the one given, else the first default that exists, else none. */
    public static Path resolvePages(Path given) {
        if (given != null) {
            return given;
        }
        return DEFAULT_PAGE_DIRS.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    /** Cuts the pages into parts; the cleaner sees all of them together, as in a real run. */
    static CorpusGenerator fromTexts(List<String> names, List<String> raws) {
        Cleaner cleaner = new Cleaner(CleanConfig.DEFAULT);
        CorpusProfile.Builder builder = cleaner.newProfileBuilder();
        raws.forEach(builder::add);
        CorpusProfile profile = builder.build();
        List<SourcePage> pages = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            String raw = raws.get(i);
            Article article = cleaner.clean(new Document(null, names.get(i), "text", raw, DocumentHints.NONE),
                    "source-" + i, profile);
            pages.add(cut(names.get(i), raw, article));
        }
        return new CorpusGenerator(pages);
    }

    private enum Kind { NONE, BODY, TITLE, BYLINE, OTHER }

    /** Splits a page into blank-line separated blocks and files each block (or line) by what the cleaner said. */
    static SourcePage cut(String name, String raw, Article article) {
        Kind[] kinds = new Kind[raw.length()];
        Arrays.fill(kinds, Kind.NONE);
        for (Span span : article.paragraphs()) {
            Arrays.fill(kinds, span.start(), span.end(), Kind.BODY);
        }
        for (RemovedSpan removed : article.removed()) {
            Arrays.fill(kinds, removed.span().start(), removed.span().end(), Kind.OTHER);
        }
        for (MetadataSpan meta : article.metadata()) {
            Kind kind = switch (meta.field()) {
                case TITLE -> Kind.TITLE;
                case BYLINE -> Kind.BYLINE;
                case PUBLISHED -> Kind.OTHER;
            };
            Arrays.fill(kinds, meta.span().start(), meta.span().end(), kind);
        }

        // Lines with their kind (the kind of their first categorised character), grouped into blocks.
        List<List<String>> blockLines = new ArrayList<>();
        List<List<Kind>> blockKinds = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Kind> lineKinds = new ArrayList<>();
        int offset = 0;
        for (String line : raw.split("\n", -1)) {
            if (line.isBlank()) {
                if (!lines.isEmpty()) {
                    blockLines.add(lines);
                    blockKinds.add(lineKinds);
                    lines = new ArrayList<>();
                    lineKinds = new ArrayList<>();
                }
            } else {
                Kind kind = Kind.OTHER;
                for (int c = offset; c < offset + line.length(); c++) {
                    if (kinds[c] != Kind.NONE) {
                        kind = kinds[c];
                        break;
                    }
                }
                lines.add(stripEnd(line));
                lineKinds.add(kind);
            }
            offset += line.length() + 1;
        }
        if (!lines.isEmpty()) {
            blockLines.add(lines);
            blockKinds.add(lineKinds);
        }

        int firstBody = -1;
        int lastBody = -1;
        int titleBlock = -1;
        for (int b = 0; b < blockKinds.size(); b++) {
            if (blockKinds.get(b).contains(Kind.BODY)) {
                firstBody = firstBody < 0 ? b : firstBody;
                lastBody = b;
            }
            if (titleBlock < 0 && blockKinds.get(b).contains(Kind.TITLE)) {
                titleBlock = b;
            }
        }
        List<String> headlines = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<String> top = new ArrayList<>();
        List<String> underTitle = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        for (int b = 0; b < blockLines.size(); b++) {
            List<String> furniture = new ArrayList<>();
            for (int l = 0; l < blockLines.get(b).size(); l++) {
                String line = blockLines.get(b).get(l);
                switch (blockKinds.get(b).get(l)) {
                    case BODY -> paragraphs.add(line);
                    case TITLE -> headlines.add(line.strip());
                    case BYLINE -> bylines.add(line.strip());
                    default -> furniture.add(line);
                }
            }
            if (furniture.isEmpty()) {
                continue;
            }
            String block = String.join("\n", furniture);
            if (firstBody < 0 || b > lastBody) {
                tail.add(block);
            } else if (b > firstBody || blockKinds.get(b).contains(Kind.BODY)) {
                inline.add(block);
            } else if (titleBlock >= 0 && b > titleBlock) {
                underTitle.add(block);
            } else {
                top.add(block);
            }
        }
        return new SourcePage(name, List.copyOf(headlines), List.copyOf(bylines), List.copyOf(top),
                List.copyOf(underTitle), List.copyOf(paragraphs), List.copyOf(inline), List.copyOf(tail));
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    List<SourcePage> pages() {
        return pages;
    }

    /** The text of document {@code index} of the corpus made with {@code seed}. */
    public String document(long seed, int index) {
        SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index + 1L)));
        SourcePage site = pick(random, pages);
        double editRate = random.nextDouble() * MAX_EDIT_RATE;
        int target = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES + 1);

        List<String> before = new ArrayList<>();
        before.addAll(furniture(random, site.top(), 0.85));
        if (random.nextDouble() < 0.25 && pages.size() > 1) {
            before.addAll(furniture(random, other(random, site).top(), 0.5));
        }
        int headlineAt = before.size();
        List<String> bylineSource = !site.bylines().isEmpty() && random.nextDouble() < 0.6 ? site.bylines() : allBylines;
        if (!bylineSource.isEmpty() && random.nextDouble() < 0.6) {
            before.add(pick(random, bylineSource));
        }
        before.addAll(furniture(random, site.underTitle(), 0.8));

        List<String> after = new ArrayList<>();
        after.addAll(furniture(random, site.tail(), 0.85));
        if (random.nextDouble() < 0.3 && pages.size() > 1) {
            after.addAll(furniture(random, other(random, site).tail(), 0.6));
        }

        int size = bytes(before) + bytes(after) + 1 + 200;
        List<String> body = body(random, site, target - size, MAX_BYTES - size, editRate);
        String headline = headline(random, site, body, editRate);
        if (headline != null) {
            before.add(headlineAt, headline);
        }

        StringBuilder text = new StringBuilder(MAX_BYTES + 1024);
        for (String block : before) {
            append(text, block);
        }
        for (String block : body) {
            append(text, block);
        }
        for (String block : after) {
            append(text, block);
        }
        text.append('\n');
        return text.toString();
    }

    /**
     * A real headline with some words dropped or swapped, or, more often (a corpus of thousands of pages
     * needs more headlines than a few source pages have), a headline cut from real text: a sentence of one of
     * the document's paragraphs, shortened to 6-14 words at a word boundary, its final punctuation dropped,
     * sometimes after the kicker of a real headline ("Mali : ...").
     */
    private String headline(SplittableRandom random, SourcePage site, List<String> body, double editRate) {
        double choice = random.nextDouble();
        List<String> real = !site.headlines().isEmpty() && random.nextBoolean() ? site.headlines() : allHeadlines;
        if (choice < 0.25 && !real.isEmpty()) {
            return edit(random, pick(random, real), editRate);
        }
        List<String> sentences = new ArrayList<>();
        for (String paragraph : body) {
            if (inlineBlocks.contains(paragraph)) {
                continue;
            }
            for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
                char first = sentence.isEmpty() ? ' ' : sentence.charAt(0);
                if (Character.isUpperCase(first) && sentence.split(" ").length >= 6) {
                    sentences.add(sentence);
                }
            }
        }
        if (sentences.isEmpty()) {
            return real.isEmpty() ? null : edit(random, pick(random, real), editRate);
        }
        String[] words = pick(random, sentences).split(" ");
        int length = Math.min(words.length, 6 + random.nextInt(9));
        while (length > 4 && (words[length - 1].length() <= 3
                || DANGLING.contains(words[length - 1].toLowerCase(Locale.ROOT)))) {
            length--; // do not end on "les", "de", "avec"
        }
        String headline = String.join(" ", Arrays.copyOf(words, length)).replaceAll("[\\s,;:.!?«»\"“”(–-]+$", "");
        if (choice < 0.45 && !real.isEmpty()) {
            String kicker = pick(random, real);
            int colon = kicker.indexOf(" : ");
            int bar = kicker.indexOf(" | ");
            int cut = colon > 0 ? colon : bar;
            if (cut > 0 && cut < 40) {
                String first = headline.split(" ", 2)[0];
                headline = kicker.substring(0, cut + 3) + (LOWER_AFTER_KICKER.contains(first)
                        ? Character.toLowerCase(headline.charAt(0)) + headline.substring(1) : headline);
            }
        }
        return headline;
    }

    private SourcePage other(SplittableRandom random, SourcePage page) {
        SourcePage other = pick(random, pages);
        return other == page ? pages.get((pages.indexOf(page) + 1) % pages.size()) : other;
    }

    /** Paragraphs (and now and then an inline furniture block) filling about {@code target} bytes. */
    private List<String> body(SplittableRandom random, SourcePage site, int target, int limit, double editRate) {
        List<SourcePage> order = new ArrayList<>(pages);
        shuffle(random, order);
        order.remove(site);
        order.add(0, site);
        int articles = 1 + random.nextInt(Math.min(3, order.size()));
        List<String> pool = new ArrayList<>();
        int used = 0;
        while (used < articles) {
            pool.addAll(order.get(used++).paragraphs());
        }
        boolean keepOrder = random.nextDouble() < 0.4;
        if (!keepOrder) {
            shuffle(random, pool);
        }
        List<String> body = new ArrayList<>();
        int size = 0;
        int minimum = 3;
        int next = 0;
        while (size < target || body.size() < minimum) {
            if (next >= pool.size()) {
                if (used >= order.size()) {
                    break;
                }
                List<String> more = new ArrayList<>(order.get(used++).paragraphs());
                if (!keepOrder) {
                    shuffle(random, more);
                }
                pool.addAll(more);
                continue;
            }
            String source = pool.get(next++);
            if (random.nextDouble() < 0.15 && body.size() >= 2) {
                continue; // a random subset: some paragraphs are left out
            }
            String paragraph = edit(random, source, editRate);
            int length = utf8Length(paragraph) + 2;
            if (size + length > limit && body.size() >= minimum) {
                continue;
            }
            body.add(paragraph);
            size += length;
            if (!allInline.isEmpty() && body.size() >= 2 && random.nextDouble() < 0.08) {
                List<String> inlineSource = !site.inline().isEmpty() && random.nextDouble() < 0.5
                        ? site.inline() : allInline;
                String block = pick(random, inlineSource);
                body.add(block);
                size += utf8Length(block) + 2;
            }
        }
        return body;
    }

    /** Each block of a page section kept with the given probability, in page order. */
    private static List<String> furniture(SplittableRandom random, List<String> blocks, double keep) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            if (random.nextDouble() < keep) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * Drops or swaps about {@code rate} of the words (never the last, so a sentence still ends as it did;
     * never to fewer than two words).
     */
    static String edit(SplittableRandom random, String text, double rate) {
        if (rate <= 0) {
            return text;
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        if (words.size() < 4) {
            return text;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (random.nextDouble() >= rate) {
                continue;
            }
            if (random.nextBoolean() && words.size() > 2) {
                words.remove(i);
                i--;
            } else if (i + 1 < words.size() - 1) {
                String word = words.get(i);
                words.set(i, words.get(i + 1));
                words.set(i + 1, word);
                i++;
            }
        }
        return String.join(" ", words);
    }

    private static void append(StringBuilder text, String block) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(block);
    }

    private static int bytes(List<String> blocks) {
        int total = 0;
        for (String block : blocks) {
            total += utf8Length(block) + 2;
        }
        return total;
    }

    static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** The SplitMix64 finaliser: neighbouring indexes and seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The file name of document {@code index}: sorted by name is generation order. */
    public static String fileName(int index) {
        return String.format(Locale.ROOT, "%06d.txt", index);
    }

    /** Writes documents {@code 0..count-1} into {@code directory} (created if missing), in parallel. */
    public Written write(Path directory, int count, long seed) throws IOException {
        Files.createDirectories(directory);
        AtomicLong bytes = new AtomicLong();
        Path[] files = new Path[count];
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                byte[] content = document(seed, i).getBytes(StandardCharsets.UTF_8);
                Path file = directory.resolve(fileName(i));
                try {
                    Files.write(file, content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                files[i] = file;
                bytes.addAndGet(content.length);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(List.of(files), bytes.get());
    }
}
