package io.newstrace.core.entities;

import io.newstrace.core.model.Entity;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.model.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corpus stage for entities: merges the people of all articles into entities (and the organisations, places
 * and other entities, by spelling-independent name and type). Names of people meet when their
 * {@link NameKey spelling-independent keys} are equal (Goïta / Goita, Poutine / Putin, Sergueï / Sergey Lavrov),
 * when one gives an initial for the other's first name (A. Goïta), and a surname alone (an article that only
 * says "Poutine") joins the one full name of the corpus with that surname, if there is only one. The canonical
 * name is the most complete form, the most frequent among equals.
 */
public final class EntityMerger {
    /** What one article names: its people, and its other entities (organisations, places, misc) as written. */
    public record ArticleEntities(String article, List<Person> people, List<Named> others,
                                  List<RoleLinker.RoleMention> roles) {
    }

    /** An organisation, place or other entity named in an article. */
    public record Named(EntityType type, Span span, String text) {
    }

    /** The merged entities, sorted by id, and for each article the entity id of each of its people's names. */
    public record Result(List<Entity> entities, Map<String, Map<String, String>> idsByArticleAndName) {
    }

    private static final class Cluster {
        final List<String> key;
        final Map<String, Integer> names = new HashMap<>();
        final TreeSet<String> forms = new TreeSet<>();
        final List<Entity.Mention> mentions = new ArrayList<>();
        final List<String[]> members = new ArrayList<>();

        Cluster(List<String> key) {
            this.key = key;
        }
    }

    private EntityMerger() {
    }

    public static Result merge(List<ArticleEntities> articles) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        List<String[]> singles = new ArrayList<>();
        Map<String, Person> byMember = new HashMap<>();
        Map<String, List<Span>> rolesByMember = new HashMap<>();
        for (ArticleEntities article : articles) {
            for (RoleLinker.RoleMention role : article.roles()) {
                rolesByMember.computeIfAbsent(article.article() + "\u0000" + role.person().name(),
                        k -> new ArrayList<>()).add(role.span());
            }
            for (Person person : article.people()) {
                List<String> key = NameKey.of(person.name());
                String[] member = {article.article(), person.name()};
                byMember.put(member[0] + "\u0000" + member[1], person);
                if (key.size() < 2) {
                    singles.add(member);
                } else {
                    clusters.computeIfAbsent(String.join(" ", key), k -> new Cluster(key)).members.add(member);
                }
            }
        }
        mergeInitials(clusters);
        Map<String, List<Cluster>> bySurname = new HashMap<>();
        for (Cluster cluster : clusters.values()) {
            bySurname.computeIfAbsent(cluster.key.get(cluster.key.size() - 1), k -> new ArrayList<>()).add(cluster);
        }
        for (String[] single : singles) {
            String key = String.join(" ", NameKey.of(single[1]));
            List<Cluster> candidates = bySurname.getOrDefault(key, List.of());
            Cluster target = candidates.size() == 1 ? candidates.get(0)
                    : clusters.computeIfAbsent("single:" + key, k -> new Cluster(List.of(key)));
            target.members.add(single);
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, Map<String, String>> ids = new TreeMap<>();
        for (Cluster cluster : clusters.values()) {
            if (cluster.members.isEmpty()) {
                continue;
            }
            for (String[] member : cluster.members) {
                Person person = byMember.get(member[0] + "\u0000" + member[1]);
                cluster.names.merge(person.name(), person.mentions().size(), Integer::sum);
                cluster.forms.add(person.name());
                cluster.forms.addAll(person.forms());
                for (Span mention : person.mentions()) {
                    cluster.mentions.add(new Entity.Mention(member[0], mention, false));
                }
                for (Span role : rolesByMember.getOrDefault(member[0] + "\u0000" + member[1], List.of())) {
                    cluster.mentions.add(new Entity.Mention(member[0], role, true));
                }
            }
            String name = canonical(cluster.names);
            String id = "per-" + hash(String.join(" ", NameKey.of(name)));
            TreeSet<String> aliases = new TreeSet<>(cluster.forms);
            aliases.remove(name);
            cluster.mentions.sort(Comparator.comparing(Entity.Mention::article)
                    .thenComparingInt(m -> m.span().start()));
            entities.add(new Entity(id, EntityType.PER, name, List.copyOf(aliases), cluster.mentions));
            for (String[] member : cluster.members) {
                ids.computeIfAbsent(member[0], k -> new TreeMap<>()).put(member[1], id);
            }
        }
        entities.addAll(mergeOthers(articles));
        entities.sort(Comparator.comparing(Entity::id));
        return new Result(List.copyOf(entities), ids);
    }

    /**
     * Organisations, places and other entities: one entity per type and spelling-independent name, its
     * canonical name the most frequent form.
     */
    private static List<Entity> mergeOthers(List<ArticleEntities> articles) {
        Map<String, Map<String, Integer>> forms = new TreeMap<>();
        Map<String, List<Entity.Mention>> mentions = new HashMap<>();
        for (ArticleEntities article : articles) {
            for (Named named : article.others()) {
                if (named.type() == EntityType.PER || NameKey.of(named.text()).isEmpty()) {
                    continue;
                }
                String key = named.type() + ":" + String.join(" ", NameKey.of(named.text()));
                forms.computeIfAbsent(key, k -> new TreeMap<>()).merge(named.text(), 1, Integer::sum);
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entity.Mention(article.article(),
                        named.span(), false));
            }
        }
        List<Entity> entities = new ArrayList<>();
        forms.forEach((key, counts) -> {
            String name = counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            EntityType type = EntityType.valueOf(key.substring(0, key.indexOf(':')));
            TreeSet<String> aliases = new TreeSet<>(counts.keySet());
            aliases.remove(name);
            List<Entity.Mention> found = mentions.get(key);
            found.sort(Comparator.comparing(Entity.Mention::article).thenComparingInt(m -> m.span().start()));
            entities.add(new Entity(type.name().toLowerCase(java.util.Locale.ROOT) + "-" + hash(key), type, name,
                    List.copyOf(aliases), found));
        });
        return entities;
    }

    /** "A. Goïta" joins "Assimi Goïta": same surname, and the initial starts the other's first name. */
    private static void mergeInitials(Map<String, Cluster> clusters) {
        List<Cluster> all = new ArrayList<>(clusters.values());
        for (Cluster shorter : all) {
            if (shorter.key.get(0).length() != 1 || shorter.members.isEmpty()) {
                continue;
            }
            for (Cluster longer : all) {
                if (longer != shorter && longer.key.size() == shorter.key.size()
                        && longer.key.get(0).length() > 1 && longer.key.get(0).startsWith(shorter.key.get(0))
                        && longer.key.subList(1, longer.key.size()).equals(shorter.key.subList(1, shorter.key.size()))) {
                    longer.members.addAll(shorter.members);
                    shorter.members.clear();
                    break;
                }
            }
        }
    }

    /**
     * The most complete form: the most words, then the longest (a first name rather than its initial), then the
     * most mentioned, then the first in order.
     */
    private static String canonical(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getKey().split("\\s+").length)
                        .thenComparingInt(e -> -e.getKey().length())
                        .thenComparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
