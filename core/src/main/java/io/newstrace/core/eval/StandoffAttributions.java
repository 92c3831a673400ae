package io.newstrace.core.eval;

import io.newstrace.core.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributions of a brat standoff file as PolNeAR writes them: text-bound annotations
 * ({@code T1 Source 89 106 The New York Post}, fragments of a discontinuous span separated by {@code ;}) tied
 * together by events ({@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}; {@code Attribution-no-source} when
 * no source is given; a second content is {@code Content2}). Offsets count Unicode code points, as brat does; they
 * are turned into offsets into the Java string.
 */
public final class StandoffAttributions {
    /** Who is cited (empty when the text does not say), the words that signal it, and what is attributed. */
    public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
        public Attribution {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }

        /** The words of spans as one string, fragments joined by a space. */
        public static String text(String raw, List<Span> spans) {
            return String.join(" ", spans.stream().map(span -> span.of(raw)).toList());
        }
    }

    private StandoffAttributions() {
    }

    /** The attributions of {@code file} over {@code text}, in the order of their content; those without content are left out. */
    public static List<Attribution> read(Path file, String text) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                continue;
            }
            if (cells[0].startsWith("T")) {
                spans.put(cells[0], spans(cells[1], text, file + ":" + number));
            } else if (cells[0].startsWith("E")) {
                events.add(cells[1].strip().split("\\s+"));
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String[] arguments : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            // The first argument is the trigger (the attribution itself); the others are its roles.
            for (int i = 1; i < arguments.length; i++) {
                String[] roleAndId = arguments[i].split(":");
                List<Span> target = switch (roleAndId[0].replaceFirst("\\d+$", "")) {
                    case "Source" -> source;
                    case "Cue" -> cue;
                    case "Content" -> content;
                    default -> null;
                };
                if (target != null && spans.containsKey(roleAndId[1])) {
                    target.addAll(spans.get(roleAndId[1]));
                }
            }
            if (!content.isEmpty()) {
                content.sort(Comparator.comparingInt(Span::start));
                attributions.add(new Attribution(source, cue, content));
            }
        }
        attributions.sort(Comparator.comparingInt(a -> a.content().get(0).start()));
        return List.copyOf(attributions);
    }

    /** "Content 10 20;25 30": the fragments, from code-point offsets to string offsets. */
    private static List<Span> spans(String typeAndOffsets, String text, String where) {
        String[] typeThenOffsets = typeAndOffsets.split(" ", 2);
        List<Span> fragments = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String fragment : typeThenOffsets[1].split(";")) {
            String[] ends = fragment.strip().split(" ");
            int start = Integer.parseInt(ends[0]);
            int end = Integer.parseInt(ends[1]);
            if (end > codePoints || start > end) {
                throw new IllegalArgumentException(where + ": span " + fragment + " outside the text");
            }
            fragments.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        }
        return fragments;
    }
}
