package io.newstrace.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.eval.PolnearEvaluation.Counts;
import io.newstrace.core.eval.PolnearEvaluation.Scored;
import io.newstrace.core.eval.PolnearEvaluation.Truth;
import io.newstrace.core.eval.StandoffAttributions.Attribution;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Scores quote extraction and attribution on the human annotation of the Gender Gap Tracker (Asr, Mazraeh, Lopes,
 * Gautam, Gonzales, Rao and Taboada, PLOS ONE 2021, github.com/sfu-discourse-lab/GenderGapTracker): 98 Canadian
 * English news articles of 2018–2019 whose direct and indirect quotes were annotated with their speaker's mention and,
 * for every quote, the person the speaker is ({@code reference}): "she said" is judged against the name it stands
 * for, as a reader would, and a quotation with no cue near it against the person who goes on speaking.
 * <p>
 * Read from a checkout at a commit that still holds {@value #TABLE} and {@value #TEXTS} (they left the repository in
 * its commit c2bb16e). Each article's text goes the way {@code analyze} takes a text file (the articles cleaned as one
 * corpus). A true quote is located in the text by its words, at the occurrence nearest the offset annotated (the
 * offsets count in a slightly different copy of the text). The articles sorted by id alternate between the splits:
 * {@code dev} the even ones, {@code test} the odd ones. Matching and counts are PolNeAR's: a found quote matches the
 * true quote sharing the most word tokens with it, when they share at least half of the shorter's; the speaker is right
 * when the last word of its name is a word of the reference.
 */
public final class GgtEvaluation {
    static final String TABLE = "NLP/evaluation/src/eval/AnnotationTable_byArticle_withReplacementArticles.xlsx";
    static final String TEXTS = "NLP/evaluation/src/rawtext.zip";
    private static final String SHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The figures of one split, the articles that could not be scored and why, and the outcomes. */
    public record Report(String split, List<String> problems, List<Scored> scored) {
        public Counts counts() {
            return Counts.of(scored, truth -> true, quote -> true);
        }

        public String format(boolean verbose) {
            StringBuilder out = new StringBuilder();
            if (verbose) {
                scored.forEach(article -> PolnearEvaluation.Report.lines(article, out));
                out.append('\n');
            }
            problems.forEach(problem -> out.append("skipped: ").append(problem).append('\n'));
            Counts counts = counts();
            out.append(String.format(Locale.ROOT, "Gender Gap Tracker annotation, %s: %d articles, %d quotes%n%n",
                    split, scored.size(), counts.truth()));
            PolnearEvaluation.Report.table(counts, out);
            PolnearEvaluation.Report.byKind(scored, truth -> true, out);
            out.append("\nA found quote matches the true quote sharing the most word tokens with it, if they share at "
                    + "least half of the shorter's;\nseveral found quotes may match one true quote. Speaker right: the "
                    + "last word of its name is a word of the person annotated as the speaker.\n");
            return out.toString();
        }
    }

    private GgtEvaluation() {
    }

    /** Scores the articles of {@code split} (dev, test or all) of the Gender Gap Tracker checkout {@code directory}. */
    public static Report evaluate(Path directory, String split) throws IOException {
        Path table = directory.resolve(TABLE);
        Path texts = directory.resolve(TEXTS);
        if (!Files.isRegularFile(table) || !Files.isRegularFile(texts)) {
            throw new IllegalArgumentException(directory + " holds no " + TABLE + " and " + TEXTS
                    + " (check out a commit before c2bb16e: git checkout c2bb16e~1)");
        }
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (Map<String, String> row : readSheet(table)) {
            rows.put(row.getOrDefault("_id", "").replaceAll("^ObjectId\\((.*)\\)$", "$1"), row);
        }
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> raw = new TreeMap<>();
        try (ZipFile zip = new ZipFile(texts.toFile())) {
            int index = 0;
            for (String id : rows.keySet()) {
                boolean even = index++ % 2 == 0;
                if (!split.equals("all") && even != split.equals("dev")) {
                    continue;
                }
                ZipEntry entry = zip.getEntry("rawtext/" + id + ".txt");
                if (entry == null) {
                    problems.add(id + ": no rawtext/" + id + ".txt in " + TEXTS);
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    raw.put(id, in.readAllBytes());
                }
            }
        }
        List<String> names = List.copyOf(raw.keySet());
        Map<String, Article> cleaned = CleanEvaluation.readAndClean(names, false, raw::get);
        Annotator annotator = QuoteEvaluation.defaultAnnotator();
        List<Scored> scored = new ArrayList<>();
        for (String id : names) {
            JsonNode quotations;
            try {
                quotations = JSON.readTree(rows.get(id).getOrDefault("quotations", "[]"));
            } catch (JsonProcessingException e) {
                problems.add(id + ": its quotations are no valid JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (!cleaned.containsKey(id)) {
                problems.add(id + ": its text could not be read");
                continue;
            }
            // The text as analyze decoded it: the quotes found count their offsets in it.
            Annotated annotated = annotator.annotate(cleaned.get(id));
            String text = annotated.article().raw();
            List<Truth> truth = new ArrayList<>();
            for (JsonNode quotation : quotations) {
                Span content = locate(text, quotation.path("quote").asText().strip(),
                        start(quotation.path("quote_index").asText()));
                if (content == null) {
                    problems.add(id + ": quote not in its text: " + quotation.path("quote").asText());
                    continue;
                }
                truth.add(truth(quotation, content, text));
            }
            scored.add(PolnearEvaluation.score(id, text, truth, annotated.quotes()));
        }
        return new Report(split, List.copyOf(problems), List.copyOf(scored));
    }

    private static Truth truth(JsonNode quotation, Span content, String text) {
        String reference = quotation.path("reference").asText().strip();
        String mention = quotation.path("speaker").asText().strip();
        String quoted = content.of(text);
        boolean marked = quoted.chars().anyMatch(c -> PolnearEvaluation.QUOTATION_MARKS.indexOf(c) >= 0);
        String source = mention.isEmpty() || mention.equals(reference) ? reference : mention + " → " + reference;
        return new Truth(new Attribution(List.of(), List.of(), List.of(content)), true, marked,
                reference.isEmpty() ? "-" : source, Set.copyOf(PolnearEvaluation.words(reference)), false);
    }

    /** The occurrence of {@code quote} in {@code text} nearest {@code near}; null when it does not occur. */
    static Span locate(String text, String quote, int near) {
        if (quote.isEmpty()) {
            return null;
        }
        Span best = null;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (best == null || Math.abs(at - near) < Math.abs(best.start() - near)) {
                best = new Span(at, at + quote.length());
            }
        }
        return best;
    }

    /** The start of an annotated "(start,end)" offset pair; 0 when there is none. */
    private static int start(String offsets) {
        String digits = offsets.replaceAll("^\\(\\s*(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /**
     * The rows of the first worksheet of an .xlsx file, each as its cells keyed by the header row's cell of their
     * column. The format is a zip of XML parts: shared strings, then the sheet whose cells point into them.
     */
    static List<Map<String, String>> readSheet(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new IllegalArgumentException(xlsx + ": no xl/worksheets/sheet1.xml, not a spreadsheet");
            }
            List<String> shared = new ArrayList<>();
            if (strings != null) {
                try (InputStream in = zip.getInputStream(strings)) {
                    readSharedStrings(in, shared);
                }
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return readRows(in, shared);
            }
        } catch (XMLStreamException e) {
            throw new IOException(xlsx + ": not a readable spreadsheet: " + e.getMessage(), e);
        }
    }

    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    /** Each {@code si} is one string: the text of its {@code t} elements, phonetic runs ({@code rPh}) left out. */
    private static void readSharedStrings(InputStream in, List<String> shared) throws XMLStreamException {
        XMLStreamReader reader = xml(in);
        StringBuilder current = null;
        int phonetic = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && SHEET_NAMESPACE.equals(reader.getNamespaceURI())) {
                switch (reader.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = reader.getElementText();
                        if (current != null && phonetic == 0) {
                            current.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && SHEET_NAMESPACE.equals(reader.getNamespaceURI())) {
                if (reader.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (reader.getLocalName().equals("si") && current != null) {
                    shared.add(current.toString());
                    current = null;
                }
            }
        }
    }

    private static List<Map<String, String>> readRows(InputStream in, List<String> shared) throws XMLStreamException {
        XMLStreamReader reader = xml(in);
        List<Map<String, String>> cells = new ArrayList<>();
        Map<String, String> row = null;
        String column = null;
        String type = null;
        StringBuilder inline = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> row = new LinkedHashMap<>();
                    case "c" -> {
                        column = reader.getAttributeValue(null, "r").replaceAll("\\d", "");
                        type = reader.getAttributeValue(null, "t");
                        inline = new StringBuilder();
                    }
                    case "v" -> {
                        String value = reader.getElementText();
                        row.put(column, "s".equals(type) ? shared.get(Integer.parseInt(value.strip())) : value);
                    }
                    case "t" -> {
                        if (inline != null) {
                            inline.append(reader.getElementText());
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("c") && "inlineStr".equals(type)) {
                    row.put(column, inline.toString());
                } else if (reader.getLocalName().equals("row")) {
                    cells.add(row);
                }
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<String, String> header = cells.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> values : cells.subList(1, cells.size())) {
            Map<String, String> named = new LinkedHashMap<>();
            values.forEach((col, value) -> {
                if (header.containsKey(col)) {
                    named.put(header.get(col), value);
                }
            });
            rows.add(named);
        }
        return rows;
    }
}
