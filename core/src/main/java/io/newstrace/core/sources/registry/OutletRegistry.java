package io.newstrace.core.sources.registry;

import io.newstrace.core.sources.registry.NameMatcher.NameForm;
import io.newstrace.core.sources.registry.OutletLines.Entry;
import io.newstrace.core.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outlet registry: the bundled {@code outlets.jsonl} plus the user's own files in the same format. Resolves an
 * outlet by id, by domain, by name, and finds the outlets a text names. Immutable and thread-safe.
 *
 * <p>Merging: files are read in order, the bundled one first. An entry whose id is already known replaces it; a new
 * id is added. A name or domain claimed by two outlets of the same file is an error; claimed again by a later file,
 * it passes to that file's outlet, so a user can reassign an ambiguous short name such as "APS".
 */
public final class OutletRegistry {
    private static final String BUNDLED = "/io/newstrace/core/sources/outlets.jsonl";
    private static final String BUNDLED_NAME = "bundled outlets.jsonl";

    private final Map<String, RegistryOutlet> byId;
    private final List<RegistryOutlet> all;
    /** Host → the outlets registered on it, the longest path prefix first ("" when none). */
    private final Map<String, List<DomainEntry>> byHost;
    private final Map<String, RegistryOutlet> byNameKey;
    private final NameMatcher matcher;

    private record DomainEntry(String pathPrefix, RegistryOutlet outlet) {
    }

    private OutletRegistry(List<Entry> entries) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry entry : entries) {
            merged.put(entry.outlet().id(), entry);
        }
        checkParents(merged);
        List<Entry> ordered = new ArrayList<>(merged.values());
        ordered.sort(Comparator.comparingInt(Entry::layer).thenComparingInt(Entry::line));

        Map<String, RegistryOutlet> ids = new HashMap<>();
        merged.forEach((id, entry) -> ids.put(id, entry.outlet()));
        this.byId = Map.copyOf(ids);
        this.all = ids.values().stream().sorted(Comparator.comparing(RegistryOutlet::id)).toList();
        this.byHost = indexDomains(ordered);
        this.byNameKey = indexNames(ordered);
        this.matcher = new NameMatcher(indexForms(ordered));
    }

    /** The registry as shipped; read once, then shared. */
    public static OutletRegistry bundled() {
        return Bundled.REGISTRY;
    }

    /**
     * The bundled registry with the given user files laid over it, in order.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad entry
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static OutletRegistry load(List<Path> userFiles) {
        List<Entry> entries = new ArrayList<>(Bundled.ENTRIES);
        int layer = 1;
        for (Path file : userFiles) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.addAll(OutletLines.read(file.toString(), reader, layer++));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read outlet file " + file, e);
            }
        }
        return new OutletRegistry(entries);
    }

    private static final class Bundled {
        static final List<Entry> ENTRIES = readBundled();
        static final OutletRegistry REGISTRY = new OutletRegistry(ENTRIES);

        private static List<Entry> readBundled() {
            InputStream in = OutletRegistry.class.getResourceAsStream(BUNDLED);
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return List.copyOf(OutletLines.read(BUNDLED_NAME, reader, 0));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + BUNDLED, e);
            }
        }
    }

    public Optional<RegistryOutlet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every outlet, sorted by id. */
    public List<RegistryOutlet> all() {
        return all;
    }

    public Optional<RegistryOutlet> parentOf(RegistryOutlet outlet) {
        return outlet.parent() == null ? Optional.empty() : byId(outlet.parent());
    }

    /**
     * The outlet, itself or its nearest ancestor, whose entry carries the state affiliation and its reference;
     * empty when neither it nor any ancestor is state-affiliated.
     */
    public Optional<RegistryOutlet> stateAffiliation(RegistryOutlet outlet) {
        for (RegistryOutlet o = outlet; o != null; o = parentOf(o).orElse(null)) {
            if (o.stateAffiliated()) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** True when the outlet or one of its ancestors is state-affiliated: Sputnik Afrique through Sputnik. */
    public boolean stateAffiliated(RegistryOutlet outlet) {
        return stateAffiliation(outlet).isPresent();
    }

    /**
     * The outlet a host or URL belongs to: the most specific registered domain that is a suffix of the host
     * ("fr.sputniknews.africa" before "sputniknews.africa"), and on one host the longest registered path prefix
     * ("bbc.com/afrique" before "bbc.com"). Scheme, "www.", user, port, query and fragment are ignored.
     */
    public Optional<RegistryOutlet> byDomain(String hostOrUrl) {
        String rest = hostOrUrl.strip().toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        } else if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int cut = indexOfAny(rest, "?#");
        rest = cut < 0 ? rest : rest.substring(0, cut);
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        host = host.substring(host.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        host = port < 0 ? host : host.substring(0, port);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String suffix = host; ; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            for (DomainEntry entry : byHost.getOrDefault(suffix, List.of())) {
                String prefix = entry.pathPrefix();
                if (prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return Optional.of(entry.outlet());
                }
            }
            if (suffix.indexOf('.') < 0) {
                return Optional.empty();
            }
        }
    }

    /**
     * The outlet whose name or alias is the whole text, compared without accents, case, surrounding punctuation
     * and the spacing of hyphens and apostrophes; a leading article is dropped when the text with it names
     * nothing ("l'AFP", "the Associated Press"). "Monde" alone is not "Le Monde".
     */
    public Optional<RegistryOutlet> byName(String text) {
        List<String> keys = nameKeys(text);
        RegistryOutlet outlet = byNameKey.get(String.join(" ", keys));
        if (outlet == null && keys.size() > 1 && NameMatcher.ARTICLES.contains(keys.get(0))) {
            outlet = byNameKey.get(String.join(" ", keys.subList(1, keys.size())));
        }
        return Optional.ofNullable(outlet);
    }

    /**
     * Every outlet named in the text, leftmost-longest and without overlap ("Sputnik Afrique", not "Sputnik"),
     * on word boundaries, with offsets into the text as given. Accents and case are ignored, with these exceptions
     * that keep ordinary words from reading as outlets:
     * <ul>
     *   <li>a word of two to four capitals in a registered name (AFP, AP, MAP, TAP, RT, TASS) matches only in
     *       capitals: "the map shows" names no agency;</li>
     *   <li>a capitalised word in a registered name must be capitalised in the text: "dans le monde entier" is
     *       not Le Monde, "la croix" is not La Croix. An article before a name of two words or more may be
     *       lower case ("according to the New York Times");</li>
     *   <li>a name that is a single word, or an article and a single word (Reuters, Bloomberg, Le Monde, The Hill),
     *       is not taken when a capitalised word follows it ("Reuters Institute", "Times Square", "Sputnik V") or
     *       precedes it in mid-sentence ("Michael Bloomberg"), nationalities excepted ("the Russian Sputnik");</li>
     *   <li>a name glued by a hyphen to another word is part of that word ("la Croix-Rouge").</li>
     * </ul>
     */
    public List<Mention> mentions(String text) {
        return matcher.mentions(text);
    }

    private static void checkParents(Map<String, Entry> merged) {
        for (Entry entry : merged.values()) {
            String parent = entry.outlet().parent();
            if (parent != null && !merged.containsKey(parent)) {
                throw new IllegalArgumentException(entry.where() + ": unknown parent id '" + parent + "'");
            }
        }
        for (Entry entry : merged.values()) {
            Set<String> seen = new HashSet<>();
            for (String id = entry.outlet().id(); id != null; id = merged.get(id).outlet().parent()) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException(entry.where() + ": the parents of '" + entry.outlet().id()
                            + "' loop back to '" + id + "'");
                }
            }
        }
    }

    private static Map<String, List<DomainEntry>> indexDomains(List<Entry> ordered) {
        Map<String, Entry> owners = new LinkedHashMap<>();
        for (Entry entry : ordered) {
            for (String domain : entry.outlet().domains()) {
                claim(owners, domain, entry, "domain");
            }
        }
        Map<String, List<DomainEntry>> byHost = new HashMap<>();
        owners.forEach((domain, entry) -> {
            int slash = domain.indexOf('/');
            String host = slash < 0 ? domain : domain.substring(0, slash);
            String prefix = slash < 0 ? "" : domain.substring(slash);
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(new DomainEntry(prefix, entry.outlet()));
        });
        byHost.replaceAll((host, list) -> list.stream()
                .sorted(Comparator.comparingInt((DomainEntry d) -> d.pathPrefix().length()).reversed())
                .toList());
        return Map.copyOf(byHost);
    }

    private static Map<String, RegistryOutlet> indexNames(List<Entry> ordered) {
        Map<String, Entry> owners = new LinkedHashMap<>();
        for (Entry entry : ordered) {
            for (String name : entry.outlet().names()) {
                String key = String.join(" ", nameKeys(name));
                if (!key.isEmpty()) {
                    claim(owners, key, entry, "name '" + name + "'");
                }
            }
        }
        Map<String, RegistryOutlet> byKey = new HashMap<>();
        owners.forEach((key, entry) -> byKey.put(key, entry.outlet()));
        return Map.copyOf(byKey);
    }

    private static Map<List<String>, List<NameForm>> indexForms(List<Entry> ordered) {
        Map<List<String>, Entry> owners = new LinkedHashMap<>();
        Map<List<String>, List<NameForm>> forms = new LinkedHashMap<>();
        for (Entry entry : ordered) {
            for (String name : entry.outlet().names()) {
                Tokens tokens = Tokens.of(name);
                if (tokens.size() == 0) {
                    continue;
                }
                List<String> keys = new ArrayList<>(tokens.size());
                for (int i = 0; i < tokens.size(); i++) {
                    keys.add(tokens.key(i));
                }
                if (claim(owners, keys, entry, "name '" + name + "'")) {
                    forms.remove(keys);
                }
                forms.computeIfAbsent(keys, k -> new ArrayList<>()).add(NameMatcher.form(entry.outlet(), tokens));
            }
        }
        return forms;
    }

    /**
     * Gives a name or domain to the entry's outlet. Two outlets of one file may not share it; a later file takes it
     * over. Returns true when it was taken from another outlet.
     */
    private static <K> boolean claim(Map<K, Entry> owners, K key, Entry entry, String what) {
        Entry owner = owners.get(key);
        if (owner == null || owner.outlet().id().equals(entry.outlet().id())) {
            owners.putIfAbsent(key, entry);
            return false;
        }
        if (owner.layer() == entry.layer()) {
            throw new IllegalArgumentException(entry.where() + ": " + what + " of '" + entry.outlet().id()
                    + "' is already used by '" + owner.outlet().id() + "' (" + owner.where() + ")");
        }
        owners.put(key, entry);
        return true;
    }

    /** Token keys of a name, without the punctuation around it. */
    private static List<String> nameKeys(String text) {
        Tokens tokens = Tokens.of(Folding.matchForm(text));
        int first = 0;
        int last = tokens.size() - 1;
        while (first <= last && !tokens.isWord(first)) {
            first++;
        }
        while (last >= first && !tokens.isWord(last)) {
            last--;
        }
        List<String> keys = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            keys.add(tokens.key(i));
        }
        return keys;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
