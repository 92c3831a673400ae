package io.newstrace.core.entities;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Role phrases of the samples linked to the person they designate, the nationality deciding between ministers. */
class RoleLinkerTest {

    @Test
    void rolePhrasesDesignateTheRightMinister() {
        Annotated article = Samples.named(Samples.annotate(Samples.sampleFiles()), "001");
        List<String> links = article.roles().stream()
                .map(r -> r.span().of(article.article().raw()) + " = " + r.person().name()).toList();
        assertThat(links).contains("le chef de la diplomatie russe = Sergueï Lavrov");
        assertThat(links).anyMatch(l -> l.startsWith("Le chef de la diplomatie malienne") && l.endsWith("Abdoulaye Diop")
                || l.startsWith("le chef de la diplomatie malienne") && l.endsWith("Abdoulaye Diop"));
        assertThat(links).noneMatch(l -> l.contains("russe") && l.endsWith("Abdoulaye Diop"));
    }
}
