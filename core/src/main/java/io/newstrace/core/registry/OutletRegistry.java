package io.newstrace.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet registry: the bundled {@code registry/outlets.jsonl} and the user's own files in the same format
 * (an entry with a known id replaces it). Resolves outlets by id, by domain (the most specific registered
 * suffix of a host), by name, and finds every outlet named in a text. Immutable and thread-safe.
 *
 * <p>Names are matched without accents and case, with two guards against ordinary words: a short all-capital
 * acronym (AFP, AP, RT, MAP, TAP) matches only in capitals, and a word that is capitalised in the name must be
 * capitalised in the text ("Le Monde" is not "le monde", "The Hill" is not "the hill").
 */
public final class OutletRegistry {
    private static final String BUNDLED = "/io/newstrace/core/registry/outlets.jsonl";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OutletRegistry bundled;

    /** An outlet named in a text, at {@code [start, end)}. */
    public record Mention(int start, int end, RegistryOutlet outlet) {
    }

    private final Map<String, RegistryOutlet> byId;
    private final Map<String, RegistryOutlet> byDomain = new HashMap<>();
    private final Map<String, RegistryOutlet> byFoldedName = new HashMap<>();
    private final TrieNode names = new TrieNode();

    private OutletRegistry(Map<String, RegistryOutlet> outlets) {
        this.byId = Map.copyOf(outlets);
        for (RegistryOutlet outlet : outlets.values()) {
            for (String domain : outlet.domains()) {
                byDomain.merge(domain.toLowerCase(Locale.ROOT), outlet, OutletRegistry::preferTopLevel);
            }
            List<String> allNames = new ArrayList<>(outlet.aliases());
            allNames.add(0, outlet.name());
            for (String name : allNames) {
                byFoldedName.merge(nameKey(name), outlet, OutletRegistry::preferTopLevel);
                addName(name, outlet);
            }
        }
    }

    /** Where two outlets claim a name or a domain, the one that is not an edition of another wins. */
    private static RegistryOutlet preferTopLevel(RegistryOutlet a, RegistryOutlet b) {
        if ((a.parent() == null) != (b.parent() == null)) {
            return a.parent() == null ? a : b;
        }
        return a.id().compareTo(b.id()) <= 0 ? a : b;
    }

    /** The registry bundled with Newstrace, loaded once. */
    public static synchronized OutletRegistry bundled() {
        if (bundled == null) {
            Map<String, RegistryOutlet> outlets = new LinkedHashMap<>();
            try (InputStream in = OutletRegistry.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled outlet registry is missing: " + BUNDLED);
                }
                read(in, "bundled registry", outlets);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = new OutletRegistry(outlets);
        }
        return bundled;
    }

    /** The bundled registry with the user's files added in order; their entries replace bundled ones by id. */
    public static OutletRegistry load(List<Path> userFiles) throws IOException {
        Map<String, RegistryOutlet> outlets = new LinkedHashMap<>(bundled().byId);
        for (Path file : userFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                read(in, file.toString(), outlets);
            }
        }
        for (RegistryOutlet outlet : outlets.values()) {
            if (outlet.parent() != null && !outlets.containsKey(outlet.parent())) {
                throw new IllegalArgumentException("outlet " + outlet.id() + ": unknown parent " + outlet.parent());
            }
        }
        return new OutletRegistry(outlets);
    }

    private static void read(InputStream in, String origin, Map<String, RegistryOutlet> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> seen = new java.util.HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = origin + ":" + number;
            RegistryOutlet outlet;
            try {
                outlet = parse(JSON.readTree(line));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (!seen.add(outlet.id())) {
                throw new IllegalArgumentException(where + ": duplicate id " + outlet.id());
            }
            into.put(outlet.id(), outlet);
        }
    }

    private static RegistryOutlet parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String id = text(node, "id", true);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and hyphens: " + id);
        }
        String type = text(node, "type", true);
        if (!Set.of("agency", "newspaper", "magazine", "broadcaster", "online", "aggregator").contains(type)) {
            throw new IllegalArgumentException("unknown type " + type);
        }
        boolean state = node.path("state_affiliated").asBoolean(false);
        String reference = text(node, "state_affiliation_ref", false);
        if (state && reference == null) {
            throw new IllegalArgumentException("state_affiliated needs a state_affiliation_ref");
        }
        return new RegistryOutlet(id, text(node, "name", true), strings(node, "aliases"), strings(node, "domains"),
                text(node, "country", false), strings(node, "languages"), text(node, "owner", false), type,
                text(node, "parent", false), state, reference);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing field " + field);
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("field " + field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("field " + field + " must be an array of strings");
        }
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    public List<RegistryOutlet> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(RegistryOutlet::id)).toList();
    }

    public Optional<RegistryOutlet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<RegistryOutlet> parentOf(RegistryOutlet outlet) {
        return outlet.parent() == null ? Optional.empty() : byId(outlet.parent());
    }

    /** Whether the outlet, or an outlet it is an edition of, is state-affiliated. */
    public boolean stateAffiliated(RegistryOutlet outlet) {
        for (RegistryOutlet o = outlet; o != null; o = parentOf(o).orElse(null)) {
            if (o.stateAffiliated()) {
                return true;
            }
        }
        return false;
    }

    /** The outlet of a host or URL: the most specific registered domain it ends with ("fr.sputniknews.africa"). */
    public Optional<RegistryOutlet> byDomain(String hostOrUrl) {
        String host = hostOrUrl.strip().toLowerCase(Locale.ROOT);
        if (host.contains("://")) {
            try {
                host = URI.create(host).getHost();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            host = host.replaceFirst("[/:?#].*$", "");
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.replaceFirst("^www\\.", "");
        while (host.contains(".")) {
            RegistryOutlet outlet = byDomain.get(host);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The outlet a whole text names ("l'AFP", "Agence France-Presse", "Spoutnik"), accents and case aside. */
    public Optional<RegistryOutlet> byName(String text) {
        return Optional.ofNullable(byFoldedName.get(nameKey(text)));
    }

    private static String nameKey(String text) {
        String folded = Folding.matchForm(text).toLowerCase(Locale.ROOT).strip()
                .replaceAll("[.,;:!?)\\]»”\"]+$", "").replaceAll("^[(\\[«“\"]+", "").strip();
        return folded.replaceFirst("^(?:le|la|les|the)\\s+|^l'", "");
    }

    /** Every outlet named in the text, leftmost and longest first, without overlaps; offsets into the text. */
    public List<Mention> mentions(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<String> folded = new ArrayList<>(tokens.size());
        for (int[] token : tokens) {
            folded.add(Folding.stripAccents(text.substring(token[0], token[1])).toLowerCase(Locale.ROOT));
        }
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TrieNode node = names;
            RegistryOutlet best = null;
            int bestEnd = -1;
            for (int k = i; k < tokens.size(); k++) {
                node = node.children.get(folded.get(k));
                if (node == null) {
                    break;
                }
                if (node.outlet != null && node.accepts(text, tokens, i)) {
                    best = node.outlet;
                    bestEnd = k;
                }
            }
            if (best != null && startsWord(text, tokens.get(i)[0]) && endsWord(text, tokens.get(bestEnd)[1])) {
                found.add(new Mention(tokens.get(i)[0], tokens.get(bestEnd)[1], best));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean endsWord(String text, int at) {
        return at == text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    private void addName(String name, RegistryOutlet outlet) {
        Matcher m = TOKEN.matcher(name);
        List<String> surface = new ArrayList<>();
        while (m.find()) {
            surface.add(m.group());
        }
        if (surface.isEmpty()) {
            return;
        }
        TrieNode node = names;
        for (String token : surface) {
            node = node.children.computeIfAbsent(Folding.stripAccents(token).toLowerCase(Locale.ROOT),
                    k -> new TrieNode());
        }
        if (node.outlet == null || node.outlet != outlet && preferTopLevel(node.outlet, outlet) == outlet) {
            node.outlet = outlet;
            node.surface = surface;
        }
    }

    /** A trie over folded name tokens; a node that ends a name keeps the name's tokens as written. */
    private static final class TrieNode {
        final Map<String, TrieNode> children = new HashMap<>();
        RegistryOutlet outlet;
        List<String> surface;

        /** The case guards: acronyms in capitals, capitalised words capitalised (a leading article aside). */
        boolean accepts(String text, List<int[]> tokens, int from) {
            for (int k = 0; k < surface.size(); k++) {
                String expected = surface.get(k);
                String actual = text.substring(tokens.get(from + k)[0], tokens.get(from + k)[1]);
                boolean acronym = expected.length() <= 4 && expected.length() >= 2
                        && expected.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                if (acronym && !Folding.stripAccents(actual).equals(Folding.stripAccents(expected))) {
                    return false;
                }
                boolean article = k == 0 && ARTICLES.contains(expected.toLowerCase(Locale.ROOT));
                if (!article && Character.isUpperCase(expected.charAt(0)) && !Character.isUpperCase(actual.charAt(0))) {
                    return false;
                }
            }
            return true;
        }
    }
}
