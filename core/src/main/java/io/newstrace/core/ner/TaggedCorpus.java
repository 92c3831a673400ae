package io.newstrace.core.ner;

import io.newstrace.core.model.Span;
import io.newstrace.core.ner.EntityTaggerTrainer.Sentence;
import io.newstrace.core.nlp.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads entity-annotated corpora in the two common plain formats, plain or gzipped: CoNLL columns (one token per
 * line, the tag in the last column, a blank line between sentences, {@code -DOCSTART-} lines skipped) and
 * WikiNER (one sentence per line, tokens as {@code word|POS|tag}). Tags in IOB1 or IOB2 become BIO; entity types
 * are mapped to PER, ORG, LOC, MISC (PERS → PER, GPE → LOC), anything else to O.
 */
public final class TaggedCorpus {
    private TaggedCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Sentence> sentences = new ArrayList<>();
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                    flush(words, tags, sentences);
                    continue;
                }
                if (isWikiNerLine(trimmed)) {
                    for (String token : trimmed.split(" ")) {
                        String[] parts = token.split("\\|");
                        words.add(parts[0]);
                        tags.add(parts[parts.length - 1]);
                    }
                    flush(words, tags, sentences);
                } else {
                    String[] columns = trimmed.split("[\\t ]+");
                    if (columns.length < 2) {
                        throw new IOException(file + ":" + number + ": expected a word and a tag, found " + trimmed);
                    }
                    words.add(columns[0]);
                    tags.add(columns[columns.length - 1]);
                }
            }
            flush(words, tags, sentences);
            return sentences;
        }
    }

    /** A WikiNER line: every space-separated token is word|POS|tag (a CoNLL line has tabs or two columns). */
    private static boolean isWikiNerLine(String line) {
        if (line.contains("\t")) {
            return false;
        }
        for (String token : line.split(" ")) {
            if (token.split("\\|").length < 3) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<String> words, List<String> tags, List<Sentence> out) {
        if (!words.isEmpty()) {
            out.add(new Sentence(List.copyOf(words), bio(tags)));
        }
        words.clear();
        tags.clear();
    }

    /**
     * The sentence with a French elided article or pronoun split off its word as the pipeline's {@link Tokenizer}
     * splits it (l'|Autrichien, d'|Orvieto), since some corpora (WikiANN) keep them together: the model learns
     * on the tokens it will be given. The article is outside a name the word begins, inside one it continues.
     * English "n't", as CoNLL writes the negation, stays whole.
     */
    public static Sentence splitElisions(Sentence sentence) {
        List<String> words = sentence.words();
        List<String> tags = sentence.tags();
        List<String> splitWords = new ArrayList<>(words.size());
        List<String> splitTags = new ArrayList<>(tags.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String tag = tags.get(i);
            List<Span> tokens = Tokenizer.tokens(word, new Span(0, word.length()));
            Span first = tokens.get(0);
            boolean elided = tokens.size() > 1 && first.start() == 0 && first.end() > 1
                    && !word.equalsIgnoreCase("n't") && Character.isLetter(word.charAt(0))
                    && Tokenizer.isApostrophe(word.charAt(first.end() - 1));
            if (elided) {
                splitWords.add(word.substring(0, first.end()));
                splitTags.add(tag.startsWith("B-") ? "O" : tag);
                splitWords.add(word.substring(first.end()));
            } else {
                splitWords.add(word);
            }
            splitTags.add(tag);
        }
        return new Sentence(List.copyOf(splitWords), List.copyOf(splitTags));
    }

    /**
     * Whether every entity of the sentence looks like a name ({@link EntityRecognizer#isName}). Silver corpora
     * tag list titles and descriptions as entities ("Liste des communes du Tarn", "Parti démocratique de …");
     * learning from them teaches the model to run names on into ordinary words, spans the recogniser then drops.
     */
    public static boolean annotatesOnlyNames(Sentence sentence) {
        for (TagSpan span : spans(sentence.tags())) {
            if (!EntityRecognizer.isName(sentence.words().subList(span.from(), span.to()))) {
                return false;
            }
        }
        return true;
    }

    /** IOB1 or IOB2 to BIO, with the types mapped. */
    static List<String> bio(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String previousType = null;
        for (String tag : tags) {
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? type(tag.substring(2)) : null;
            if (type == null) {
                out.add("O");
                previousType = null;
                continue;
            }
            boolean begins = tag.startsWith("B-") || !type.equals(previousType);
            out.add((begins ? "B-" : "I-") + type);
            previousType = type;
        }
        return out;
    }

    private static String type(String raw) {
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "PER", "PERS", "PERSON" -> "PER";
            case "ORG", "ORGANIZATION", "ORGANISATION", "CORP" -> "ORG";
            case "LOC", "LOCATION", "GPE" -> "LOC";
            case "MISC" -> "MISC";
            default -> null;
        };
    }

    /** An entity in a tagged sentence: its type and token indexes [from, to). */
    public record TagSpan(String type, int from, int to) {
        /** "PER 2 4", the way CoNLL evaluations print spans. */
        @Override
        public String toString() {
            return type + " " + from + " " + to;
        }
    }

    /** The entity spans of a BIO sequence (an I- tag with no entity open starts one, as CoNLL scoring reads it). */
    public static List<TagSpan> spans(List<String> tags) {
        List<TagSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = type != null && tag.equals("I-" + type);
            if (!continues && type != null) {
                spans.add(new TagSpan(type, start, i));
                type = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && type == null) {
                type = tag.substring(2);
                start = i;
            }
        }
        return spans;
    }
}
