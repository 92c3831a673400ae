package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;
import io.newstrace.core.clean.CleanVocabulary.DateCue;
import io.newstrace.core.clean.CleanVocabulary.DateCueRule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in a line, in the forms of the configured languages: ISO (2024-03-12),
 * day-month-year (12 mars 2024, 1er mai 2023), month-day-year (March 12, 2024) and numeric (12/03/2024),
 * and the words around them that say whether the date is a publication or an update.
 */
final class DateFinder {
    /** A date found in a line: where it stands in the line and what the line says it is (null: nothing). */
    record FoundDate(LocalDate date, int start, int end, DateCue cue) {
        String iso() {
            return date.toString();
        }
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final CleanVocabulary vocabulary;
    private final Pattern iso = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private final Pattern numeric = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;

    DateFinder(CleanVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> names = new ArrayList<>();
        for (String month : vocabulary.months.keySet()) {
            names.add(accentTolerant(month));
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(" + String.join("|", names) + ")\\.?";
        dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + month + ",?\\s+(\\d{4})\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        monthDayYear = Pattern.compile("\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Month names are stored folded; on the page they may carry accents (fevrier / février, aout / août). */
    private static String accentTolerant(String folded) {
        StringBuilder regex = new StringBuilder();
        for (char c : folded.toCharArray()) {
            switch (c) {
                case 'e' -> regex.append("[eéèêë]");
                case 'a' -> regex.append("[aàâä]");
                case 'u' -> regex.append("[uûùü]");
                case 'i' -> regex.append("[iîï]");
                case 'o' -> regex.append("[oôö]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** The first valid date in the line, if any. */
    Optional<FoundDate> find(String line) {
        if (!hasYear(line)) {
            return Optional.empty();
        }
        List<FoundDate> found = new ArrayList<>();
        collect(iso.matcher(line), 1, 2, 3, false, found);
        collect(dayMonthYear.matcher(line), 3, 2, 1, true, found);
        collect(monthDayYear.matcher(line), 3, 1, 2, true, found);
        // The cue words are looked up only for lines that hold a date: most lines with a year hold none.
        Optional<DateCueRule> cueRule = Optional.empty();
        Matcher m = numeric.matcher(line);
        if (m.find()) {
            cueRule = cueOf(line);
            boolean monthFirst = cueRule.map(DateCueRule::monthFirst).orElse(false);
            do {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                boolean mdy = first <= 12 && (second > 12 || monthFirst);
                toDate(Integer.parseInt(m.group(3)), mdy ? first : second, mdy ? second : first)
                        .ifPresent(date -> found.add(new FoundDate(date, m.start(), m.end(), null)));
            } while (m.find());
        } else if (!found.isEmpty()) {
            cueRule = cueOf(line);
        }
        DateCue cue = cueRule.map(DateCueRule::cue).orElse(null);
        return found.stream().min(Comparator.comparingInt(FoundDate::start))
                .map(date -> new FoundDate(date.date(), date.start(), date.end(), cue));
    }

    /** Every form needs a four-digit year: most lines are rejected by this scan alone. */
    private static boolean hasYear(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private Optional<DateCueRule> cueOf(String line) {
        String folded = Folding.lowerMatchForm(line);
        return vocabulary.dateCues.stream().filter(rule -> rule.pattern().matcher(folded).find()).findFirst();
    }

    private void collect(Matcher m, int yearGroup, int monthGroup, int dayGroup, boolean namedMonth,
                         List<FoundDate> found) {
        while (m.find()) {
            int month = namedMonth
                    ? vocabulary.months.getOrDefault(Folding.lowerMatchForm(m.group(monthGroup)), 0)
                    : Integer.parseInt(m.group(monthGroup));
            toDate(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)))
                    .ifPresent(date -> found.add(new FoundDate(date, m.start(), m.end(), null)));
        }
    }

    private static Optional<LocalDate> toDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
