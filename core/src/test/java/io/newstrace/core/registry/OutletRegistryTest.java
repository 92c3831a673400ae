package io.newstrace.core.registry;

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

    @Test
    void bundledRegistryIsLargeConsistentAndSourced() {
        List<RegistryOutlet> all = registry.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        Set<String> ids = new HashSet<>();
        for (RegistryOutlet outlet : all) {
            assertThat(ids.add(outlet.id())).as("unique id %s", outlet.id()).isTrue();
            if (outlet.parent() != null) {
                assertThat(registry.byId(outlet.parent())).as("parent of %s", outlet.id()).isPresent();
            }
            if (outlet.stateAffiliated()) {
                assertThat(outlet.stateAffiliationRef()).as("reference for %s", outlet.id()).isNotBlank();
            }
        }
        for (String wire : List.of("afp", "reuters", "ap", "dpa", "efe", "ansa", "xinhua", "tass", "ria-novosti",
                "anadolu", "apa-news", "rt", "rt-france", "sputnik", "sputnik-afrique", "cgtn", "press-tv", "trt-world")) {
            assertThat(registry.byId(wire)).as(wire).isPresent();
        }
    }

    @Test
    void resolvesNamesDomainsAndEditions() {
        assertThat(registry.byName("Spoutnik").orElseThrow().id()).isEqualTo("sputnik");
        assertThat(registry.byName("l'AFP").orElseThrow().id()).isEqualTo("afp");
        assertThat(registry.byName("Agence France-Presse").orElseThrow().id()).isEqualTo("afp");
        assertThat(registry.byName("RT EN").orElseThrow().id()).isEqualTo("rt");
        RegistryOutlet afrique = registry.byDomain("https://fr.sputniknews.africa/20230425/x.html").orElseThrow();
        assertThat(afrique.id()).isEqualTo("sputnik-afrique");
        assertThat(registry.byDomain("www.rt.com").orElseThrow().id()).isEqualTo("rt");
        assertThat(registry.byDomain("https://www.lemonde.fr/afrique/article/x").orElseThrow().id()).isEqualTo("lemonde");
        assertThat(registry.byDomain("example.org")).isEmpty();
        assertThat(afrique.stateAffiliated()).isTrue();
        assertThat(registry.stateAffiliated(registry.byId("rt-france").orElseThrow())).isTrue();
        assertThat(registry.stateAffiliated(registry.byId("lemonde").orElseThrow())).isFalse();
    }

    @Test
    void findsOutletsInRunningTextWithoutMistakingOrdinaryWords() {
        String text = "Dans une interview accordée à Sputnik Afrique, le ministre a répondu, selon l’AFP et Le Monde.";
        assertThat(registry.mentions(text)).extracting(m -> text.substring(m.start(), m.end()) + "=" + m.outlet().id())
                .containsExactly("Sputnik Afrique=sputnik-afrique", "AFP=afp", "Le Monde=lemonde");
        assertThat(registry.mentions("The map shows the hill, and in the world le monde entier tap water.")).isEmpty();
        assertThat(registry.mentions("a déclaré à RIA Novosti (TASS)")).extracting(m -> m.outlet().id())
                .containsExactly("ria-novosti", "tass");
        assertThat(registry.mentions("Maroc Diplomatique rapporte")).extracting(m -> m.outlet().id())
                .containsExactly("maroc-diplomatique");
    }

    @Test
    void userFilesAddAndReplaceOutlets(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.jsonl");
        Files.writeString(mine, String.join("\n",
                "{\"id\":\"afp\",\"name\":\"AFP (mine)\",\"aliases\":[\"AFP\"],\"type\":\"agency\"}",
                "{\"id\":\"le-pays-bf\",\"name\":\"Le Pays\",\"domains\":[\"lepays.bf\"],\"country\":\"BF\","
                        + "\"type\":\"newspaper\"}") + "\n", StandardCharsets.UTF_8);
        OutletRegistry custom = OutletRegistry.load(List.of(mine));
        assertThat(custom.byId("afp").orElseThrow().name()).isEqualTo("AFP (mine)");
        assertThat(custom.byDomain("https://lepays.bf/x").orElseThrow().id()).isEqualTo("le-pays-bf");
        assertThat(custom.all()).hasSize(registry.all().size() + 1);
    }

    @Test
    void aBadUserLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"ok-one\",\"name\":\"Ok\",\"type\":\"online\"}\n{\"id\":\"x\",\"name\":\"X\","
                + "\"type\":\"tabloid\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutletRegistry.load(List.of(bad))).hasMessageContaining(bad + ":2")
                .hasMessageContaining("unknown type tabloid");
    }
}
