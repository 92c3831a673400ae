package io.newstrace.core.eval;

import io.newstrace.core.model.Span;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluation needs of a CoreNLP XML file (as PolNeAR ships one per article): each token's character span
 * and part of speech, and the coreference chains, each mention as a character span with its head token and the
 * chain's representative mention. Offsets are CoreNLP's, Java string offsets into the article's text.
 */
public final class CoreNlpCoreference {
    private static final CoreNlpCoreference NONE = new CoreNlpCoreference(List.of(), List.of());

    /** One token: where it stands and its part of speech (Penn Treebank tags: NNP a proper noun, NN a noun). */
    record Token(Span span, String pos) {
        boolean noun() {
            return pos.startsWith("NN");
        }

        boolean properNoun() {
            return pos.startsWith("NNP");
        }
    }

    /** One mention of a chain: its words and its head word. */
    record Mention(Span span, Span head) {
    }

    /** A coreference chain: its mentions and the one CoreNLP chose to represent them. */
    record Chain(List<Mention> mentions, Span representative) {
    }

    private final List<Token> tokens;
    private final List<Chain> chains;

    CoreNlpCoreference(List<Token> tokens, List<Chain> chains) {
        this.tokens = List.copyOf(tokens);
        this.chains = List.copyOf(chains);
    }

    /** No tokens and no chains: for an article whose CoreNLP file is missing. */
    public static CoreNlpCoreference none() {
        return NONE;
    }

    public static CoreNlpCoreference read(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            return read(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    private static CoreNlpCoreference read(XMLStreamReader xml) throws XMLStreamException {
        List<List<Token>> sentences = new ArrayList<>();
        List<List<int[]>> chainMentions = new ArrayList<>();
        List<Integer> representatives = new ArrayList<>();
        // Token: begin, end, proper noun. Mention: sentence, start, end (exclusive), head; 1-based token numbers.
        int begin = 0;
        int end = 0;
        String pos = "";
        int[] mention = null;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "sentence" -> {
                        if (mention != null) {
                            mention[0] = Integer.parseInt(xml.getElementText().strip());
                        } else if (depth == 0) {
                            sentences.add(new ArrayList<>());
                        }
                    }
                    case "CharacterOffsetBegin" -> begin = Integer.parseInt(xml.getElementText().strip());
                    case "CharacterOffsetEnd" -> end = Integer.parseInt(xml.getElementText().strip());
                    case "POS" -> pos = xml.getElementText().strip();
                    // The outer <coreference> holds the chains, each an inner <coreference>.
                    case "coreference" -> {
                        depth++;
                        if (depth == 2) {
                            chainMentions.add(new ArrayList<>());
                            representatives.add(0);
                        }
                    }
                    case "mention" -> {
                        mention = new int[4];
                        if ("true".equals(xml.getAttributeValue(null, "representative"))) {
                            representatives.set(representatives.size() - 1, chainMentions.get(chainMentions.size() - 1).size());
                        }
                    }
                    case "start", "end", "head" -> {
                        if (mention != null) {
                            int index = name.equals("start") ? 1 : name.equals("end") ? 2 : 3;
                            mention[index] = Integer.parseInt(xml.getElementText().strip());
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "token" -> sentences.get(sentences.size() - 1).add(new Token(new Span(begin, end), pos));
                    case "mention" -> {
                        chainMentions.get(chainMentions.size() - 1).add(mention);
                        mention = null;
                    }
                    case "coreference" -> depth--;
                    default -> {
                    }
                }
            }
        }
        List<Chain> chains = new ArrayList<>();
        for (int c = 0; c < chainMentions.size(); c++) {
            List<Mention> mentions = new ArrayList<>();
            for (int[] m : chainMentions.get(c)) {
                List<Token> sentence = sentences.get(m[0] - 1);
                mentions.add(new Mention(new Span(sentence.get(m[1] - 1).span().start(), sentence.get(m[2] - 2).span().end()),
                        sentence.get(m[3] - 1).span()));
            }
            chains.add(new Chain(mentions, mentions.get(representatives.get(c)).span()));
        }
        return new CoreNlpCoreference(sentences.stream().flatMap(List::stream).toList(), chains);
    }

    /**
     * Whether the last noun inside the spans, before any comma, is a proper noun: they name someone ("Sen. Ted
     * Cruz", "Tom Reyes, a council member"), rather than describe them ("the New York businessman") or stand for
     * them ("he").
     */
    public boolean namesSomeone(List<Span> spans) {
        Token lastNoun = null;
        for (Token token : tokens) {
            if (spans.stream().anyMatch(span -> span.start() <= token.span().start() && token.span().end() <= span.end())) {
                if (token.pos().equals(",")) {
                    break;
                }
                lastNoun = token.noun() ? token : lastNoun;
            }
        }
        return lastNoun != null && lastNoun.properNoun();
    }

    /**
     * The representative mention of the chain one of whose mentions has its head inside the spans (the mention
     * overlapping them most when several do), or empty when no chain goes through them.
     */
    public Optional<Span> representative(List<Span> spans) {
        Span best = null;
        int bestOverlap = 0;
        for (Chain chain : chains) {
            for (Mention mention : chain.mentions()) {
                boolean headInside = spans.stream().anyMatch(span ->
                        span.start() <= mention.head().start() && mention.head().end() <= span.end());
                int overlap = spans.stream().mapToInt(span -> Math.max(0,
                        Math.min(span.end(), mention.span().end()) - Math.max(span.start(), mention.span().start()))).sum();
                if (headInside && overlap > bestOverlap) {
                    best = chain.representative();
                    bestOverlap = overlap;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
