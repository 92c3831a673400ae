package io.newstrace.core.sources.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutletRegistryTest {
    private final OutletRegistry registry = OutletRegistry.bundled();

    private RegistryOutlet outlet(String id) {
        return registry.byId(id).orElseThrow(() -> new AssertionError("no outlet " + id));
    }

    /** The outlet ids mentioned in the text, each checked to start and end where its words are. */
    private List<String> mentioned(String text) {
        List<Mention> mentions = registry.mentions(text);
        for (Mention mention : mentions) {
            String words = text.substring(mention.start(), mention.end());
            assertThat(words).isNotBlank();
            assertThat(registry.byName(words)).as("'%s' names its outlet", words).contains(mention.outlet());
        }
        return mentions.stream().map(m -> m.outlet().id()).toList();
    }

    private static String mentionedText(OutletRegistry registry, String text) {
        Mention mention = registry.mentions(text).get(0);
        return text.substring(mention.start(), mention.end());
    }

    // ---- the bundled file ----

    @Test
    void bundledFileLoadsWithEnoughUniqueOutlets() {
        List<RegistryOutlet> all = registry.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(320);
        Set<String> ids = new HashSet<>();
        for (RegistryOutlet outlet : all) {
            assertThat(ids.add(outlet.id())).as("unique id %s", outlet.id()).isTrue();
            assertThat(outlet.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        assertThat(all).extracting(RegistryOutlet::id).isSorted();
    }

    @Test
    void everyParentExistsAndEveryStateAffiliationHasAReference() {
        for (RegistryOutlet outlet : registry.all()) {
            if (outlet.parent() != null) {
                assertThat(registry.parentOf(outlet)).as("parent of %s", outlet.id()).isPresent();
            }
            if (outlet.stateAffiliated()) {
                assertThat(outlet.stateAffiliationRef()).as("reference of %s", outlet.id()).isNotBlank();
            } else {
                assertThat(outlet.stateAffiliationRef()).as("reference of %s", outlet.id()).isNull();
            }
        }
    }

    @Test
    void bundledFileIsSortedByIdOneObjectPerLine() throws IOException {
        try (var in = OutletRegistry.class.getResourceAsStream("/io/newstrace/core/sources/outlets.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> ids = lines.stream().map(l -> l.substring(8, l.indexOf('"', 8))).toList();
            assertThat(lines).allMatch(l -> l.startsWith("{\"id\": \""));
            assertThat(ids).isSorted().hasSize(registry.all().size());
        }
    }

    // ---- resolution ----

    @Test
    void byNameFoldsAccentsCaseArticlesAndPunctuation() {
        assertThat(registry.byName("Spoutnik")).contains(outlet("sputnik"));
        assertThat(registry.byName("l'AFP")).contains(outlet("afp"));
        assertThat(registry.byName("l’AFP")).contains(outlet("afp"));
        assertThat(registry.byName("Agence France-Presse")).contains(outlet("afp"));
        assertThat(registry.byName("agence france presse")).contains(outlet("afp"));
        assertThat(registry.byName("  Le Monde. ")).contains(outlet("le-monde"));
        assertThat(registry.byName("LIBERATION")).contains(outlet("liberation"));
        assertThat(registry.byName("the Associated Press")).contains(outlet("ap"));
        assertThat(registry.byName("(Reuters)")).contains(outlet("reuters"));
        assertThat(registry.byName("RIA Novosti")).contains(outlet("ria-novosti"));
        assertThat(registry.byName("Sputnik Afrique")).contains(outlet("sputnik-afrique"));
    }

    @Test
    void byNameDoesNotStripAnArticleThatIsPartOfTheName() {
        assertThat(registry.byName("Monde")).isEmpty();
        assertThat(registry.byName("Point")).isEmpty();
        assertThat(registry.byName("Times")).isEmpty();
        assertThat(registry.byName("")).isEmpty();
    }

    @Test
    void byDomainTakesTheMostSpecificRegisteredSuffix() {
        assertThat(registry.byDomain("https://fr.sputniknews.africa/20230425/x.html")).contains(outlet("sputnik-afrique"));
        assertThat(registry.byDomain("www.rt.com")).contains(outlet("rt"));
        assertThat(registry.byDomain("https://francais.rt.com/international/1")).contains(outlet("rt-france"));
        assertThat(registry.byDomain("http://www.lemonde.fr:443/politique/article.html?x=1#top")).contains(outlet("le-monde"));
        assertThat(registry.byDomain("lemonde.fr")).contains(outlet("le-monde"));
        assertThat(registry.byDomain("WWW.LEMONDE.FR")).contains(outlet("le-monde"));
        assertThat(registry.byDomain("https://www.lemonde.fr/afrique/article/2024/01/01/x.html"))
                .contains(outlet("le-monde-afrique"));
        assertThat(registry.byDomain("https://www.lemonde.fr/afriquex/y")).contains(outlet("le-monde"));
        assertThat(registry.byDomain("https://www.bbc.com/afrique/monde-123")).contains(outlet("bbc-afrique"));
        assertThat(registry.byDomain("https://www.bbc.com/news/world-123")).contains(outlet("bbc"));
        assertThat(registry.byDomain("fr.news.yahoo.com")).contains(outlet("yahoo-news"));
        assertThat(registry.byDomain("example.org")).isEmpty();
        assertThat(registry.byDomain("")).isEmpty();
        assertThat(registry.byDomain("fr")).isEmpty();
    }

    @Test
    void stateAffiliationIsInheritedFromAncestors() {
        RegistryOutlet afrique = outlet("sputnik-afrique");
        assertThat(afrique.stateAffiliated()).isFalse();
        assertThat(registry.stateAffiliated(afrique)).isTrue();
        assertThat(registry.stateAffiliation(afrique)).contains(outlet("sputnik"));
        assertThat(registry.parentOf(afrique)).contains(outlet("sputnik"));
        assertThat(registry.stateAffiliated(outlet("rt-france"))).isTrue();
        assertThat(registry.stateAffiliated(outlet("voa-afrique"))).isTrue();
        assertThat(registry.stateAffiliated(outlet("afp"))).isFalse();
        assertThat(registry.stateAffiliated(outlet("france-24"))).isFalse();
        assertThat(registry.parentOf(outlet("afp"))).isEmpty();
    }

    // ---- mentions ----

    @Test
    void mentionsTakeTheLongestNameWithOffsetsIntoTheText() {
        String text = "Dans une interview accordée à Sputnik Afrique, le ministre a démenti.";
        List<Mention> mentions = registry.mentions(text);
        assertThat(mentions).hasSize(1);
        assertThat(text.substring(mentions.get(0).start(), mentions.get(0).end())).isEqualTo("Sputnik Afrique");
        assertThat(mentions.get(0).outlet().id()).isEqualTo("sputnik-afrique");
    }

    @Test
    void mentionsInFrenchSentences() {
        assertThat(mentioned("Le président a été reçu lundi, selon l'agence Reuters.")).containsExactly("reuters");
        assertThat(mentioned("BAMAKO (AFP) - Les autorités de transition ont annoncé")).containsExactly("afp");
        assertThat(mentioned("« Nous ne céderons pas », a déclaré à RIA Novosti le porte-parole.")).containsExactly("ria-novosti");
        assertThat(mentioned("Maroc Diplomatique rapporte que la rencontre aura lieu à Rabat.")).containsExactly("maroc-diplomatique");
        assertThat(mentioned("Selon Le Monde et Libération, puis l’AFP et l'agence Tass, rien n'est décidé."))
                .containsExactly("le-monde", "liberation", "afp", "tass");
        assertThat(mentioned("Photo : Ludovic Marin / AFP. Avec Reuters et l'APS.")).containsExactly("afp", "reuters", "aps-algerie");
        assertThat(mentioned("L'ORTM et L'Essor ont relayé le communiqué lu à la télévision."))
                .containsExactly("ortm", "lessor");
        assertThat(mentioned("d'après Jeune Afrique et RFI")).containsExactly("jeune-afrique", "rfi");
        assertThat(mentioned("a confié le ministre au Figaro")).containsExactly("le-figaro");
        // Le Soir's press review: after an article and a capitalised word, a name's other words in lower case.
        assertThat(mentioned("La Dernière heure n'élude pas la responsabilité des médias"))
                .containsExactly("la-derniere-heure");
        assertThat(mentioned("selon La Voix du nord")).containsExactly("la-voix-du-nord");
    }

    @Test
    void mentionsInEnglishSentences() {
        assertThat(mentioned("The minister told Reuters on Tuesday that talks would resume.")).containsExactly("reuters");
        assertThat(mentioned("according to the New York Times and The Washington Post"))
                .containsExactly("nyt", "washington-post");
        assertThat(mentioned("(AP Photo/Evan Vucci) The Associated Press contributed.")).containsExactly("ap", "ap");
        assertThat(mentioned("an interview with the Russian Sputnik agency")).containsExactly("sputnik");
        assertThat(mentioned("Al Jazeera English and Al Jazeera reported")).containsExactly("al-jazeera-english", "al-jazeera");
        assertThat(mentioned("he told the Guardian.")).containsExactly("guardian");
    }

    @Test
    void mentionsIgnoreAccentsAndWritingVariants() {
        assertThat(mentioned("selon l'Agence France Presse")).containsExactly("afp");
        assertThat(mentioned("selon l'Agence France-Presse")).containsExactly("afp");
        assertThat(mentioned("selon LIBERATION")).containsExactly("liberation");
        assertThat(mentioned("à Spoutnik Afrique")).containsExactly("sputnik-afrique");
        assertThat(mentioned("selon Al-Jazira")).containsExactly("al-jazeera");
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(registry.mentions("the map shows the tap and ap routes, rt this")).isEmpty();
        assertThat(registry.mentions("Afp et Map ne sont pas des sigles ici")).isEmpty();
        assertThat(mentioned("(MAP) Rabat")).containsExactly("map");
    }

    @Test
    void ordinaryWordsAndLongerNamesAreNotOutlets() {
        assertThat(registry.mentions("partout dans le monde entier, le point de vue de la croix")).isEmpty();
        assertThat(registry.mentions("Le temps presse, le soir venu, la presse locale en parle.")).isEmpty();
        assertThat(registry.mentions("Les bénévoles de la Croix-Rouge sont arrivés.")).isEmpty();
        assertThat(registry.mentions("a study by the Reuters Institute found")).isEmpty();
        assertThat(registry.mentions("le vaccin russe Sputnik V")).isEmpty();
        assertThat(registry.mentions("the former mayor, Michael Bloomberg, said")).isEmpty();
        assertThat(registry.mentions("crowds in Times Square")).isEmpty();
        assertThat(registry.mentions("the National Assembly voted")).isEmpty();
        assertThat(registry.mentions("CCTV footage shows the attack")).isEmpty();
        assertThat(registry.mentions("La dernière heure du scrutin, à la dernière heure")).isEmpty();
    }

    @Test
    void mentionsOfAnEmptyOrPlainText() {
        assertThat(registry.mentions("")).isEmpty();
        assertThat(registry.mentions("   ")).isEmpty();
        assertThat(registry.mentions("Rien à signaler ici.")).isEmpty();
    }

    @Test
    void mentionsAreFastEnoughForEverySentence() {
        String sentence = "Dans une interview accordée à Sputnik Afrique, le ministre malien des Affaires étrangères a "
                + "déclaré que les autorités de transition, selon l'AFP et Reuters, n'entendaient pas céder aux pressions "
                + "de la Cédéao, a rapporté lundi le quotidien L'Essor, cité par Jeune Afrique et RFI à Bamako.";
        for (int i = 0; i < 20_000; i++) {
            registry.mentions(sentence);
        }
        int runs = 20_000;
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < runs; i++) {
            found += registry.mentions(sentence).size();
        }
        double microsPerSentence = (System.nanoTime() - start) / 1000.0 / runs;
        assertThat(found).isEqualTo(6 * runs);
        // the target is well under 50 µs; the bound is loose so that a busy machine does not fail the build
        assertThat(microsPerSentence).isLessThan(200);
    }

    // ---- user files ----

    @Test
    void userFileReplacesAnIdAndAddsNewOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-outlets.jsonl");
        Files.writeString(file, """
                {"id": "afp", "name": "Agence France-Presse", "aliases": ["AFP"], "domains": ["afp.com"], "country": "FR", "languages": ["fr"], "owner": "corrected owner", "type": "agency", "parent": null, "state_affiliated": false, "state_affiliation_ref": null}

                {"id": "le-journal-local", "name": "Le Journal local de Ségou", "aliases": ["JLS"], "domains": ["journal-segou.ml"], "country": "ML", "languages": ["fr"], "owner": null, "type": "newspaper", "parent": "amap", "state_affiliated": false, "state_affiliation_ref": null}
                {"id": "aps-senegal", "name": "Agence de presse sénégalaise", "aliases": ["APS"], "domains": ["aps.sn"], "country": "SN", "languages": ["fr"], "owner": "Senegalese state", "type": "agency", "state_affiliated": false}
                """, StandardCharsets.UTF_8);
        OutletRegistry mine = OutletRegistry.load(List.of(file));

        assertThat(mine.all()).hasSize(registry.all().size() + 1);
        assertThat(mine.byId("afp").orElseThrow().owner()).isEqualTo("corrected owner");
        assertThat(registry.byId("afp").orElseThrow().owner()).isNotEqualTo("corrected owner");
        RegistryOutlet local = mine.byId("le-journal-local").orElseThrow();
        assertThat(mine.byName("le journal local de segou")).contains(local);
        assertThat(mine.byDomain("https://www.journal-segou.ml/a")).contains(local);
        assertThat(mine.stateAffiliated(local)).isTrue();
        assertThat(mentionedText(mine, "selon le JLS, lundi")).isEqualTo("JLS");
        // a later file takes over a short name that the bundled file gives to another outlet
        assertThat(mine.byName("APS")).contains(mine.byId("aps-senegal").orElseThrow());
        assertThat(mine.mentions("(APS)")).extracting(m -> m.outlet().id()).containsExactly("aps-senegal");
        assertThat(registry.byName("APS")).contains(outlet("aps-algerie"));
    }

    @Test
    void badUserLinesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        String good = "{\"id\": \"x-one\", \"name\": \"X One\", \"type\": \"online\", \"state_affiliated\": false}";
        assertRejected(dir, good + "\n{\"id\": \"x-two\", \"name\": \"X Two\", \"type\": \"online\"",
                ":2: not valid JSON");
        assertRejected(dir, good + "\n" + good, ":2: duplicate id 'x-one' (first on line 1)");
        assertRejected(dir, "{\"id\": \"x\", \"type\": \"online\", \"state_affiliated\": false}", ":1: missing name");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"blog\", \"state_affiliated\": false}",
                ":1: unknown type 'blog'");
        assertRejected(dir, "\n\n{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"parent\": \"nowhere\", "
                + "\"state_affiliated\": false}", ":3: unknown parent id 'nowhere'");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"state_affiliated\": true}",
                ":1: state_affiliated is true but state_affiliation_ref is missing");
        assertRejected(dir, "{\"id\": \"X_1\", \"name\": \"X\", \"type\": \"online\", \"state_affiliated\": false}",
                ":1: id 'X_1' is not a lower-case slug");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"state_afiliated\": false}",
                ":1: unknown field 'state_afiliated'");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"domains\": [\"www.x.com\"], "
                + "\"state_affiliated\": false}", ":1: domain 'www.x.com'");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"aliases\": [\"Y\"], "
                + "\"state_affiliated\": false}\n{\"id\": \"y\", \"name\": \"Y\", \"type\": \"online\", "
                + "\"state_affiliated\": false}", ":2: name 'Y' of 'y' is already used by 'x'");
        assertRejected(dir, "{\"id\": \"x\", \"name\": \"X\", \"type\": \"online\", \"parent\": \"y\", "
                + "\"state_affiliated\": false}\n{\"id\": \"y\", \"name\": \"Y\", \"type\": \"online\", \"parent\": \"x\", "
                + "\"state_affiliated\": false}", ":1: the parents of 'x' loop back");
    }

    private static void assertRejected(Path dir, String content, String problem) throws IOException {
        Path file = Files.createTempFile(dir, "outlets", ".jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutletRegistry.load(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(problem);
    }
}
