package io.newstrace.core.clean;

import io.newstrace.core.Samples;
import io.newstrace.core.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newstrace.core.Samples.fate;
import static org.assertj.core.api.Assertions.assertThat;

/** The five bundled articles: headline, byline, outlet, and what is kept and removed, line by line. */
class SampleArticlesTest {
    private static List<Article> articles;

    @BeforeAll
    static void cleanSamples() {
        articles = Samples.clean(Samples.sampleFiles());
        assertThat(articles).hasSize(5);
    }

    @Test
    void rtArticleDropsSiteSuffixFromTitleAndRemovesItsOwnDisclaimer() {
        Article rt = articles.get(0);
        assertThat(rt.title()).isEqualTo("Le ministre malien des Affaires étrangères salue les «\u00a0résultats "
                + "impressionnants\u00a0» de la coopération sécuritaire avec la Russie");
        assertThat(rt.outlet().name()).isEqualTo("RT EN");
        assertThat(rt.outlet().evidence()).isEqualTo("title suffix");
        assertThat(rt.authors()).isEmpty();
        assertThat(rt.published()).isNull();
        assertThat(rt.paragraphs()).hasSize(11);
        assertThat(fate(rt, "Le ministre malien des Affaires étrangères a hautement salué")).contains("body");
        assertThat(fate(rt, "Le chef de la diplomatie malienne a déclaré :")).isEmpty(); // inside a paragraph
        assertThat(fate(rt, "« Pendant un moment, nous sommes restés au sol")).contains("body");
        assertThat(fate(rt, "En mai de l’année dernière")).contains("body");
        assertThat(fate(rt, "Plus sur le sujet – Rétribution du Mali")).contains("related");
        assertThat(fate(rt, "En bloquant RT, l’UE vise")).contains("outlet_notice");
        assertThat(fate(rt, "Source link")).contains("aggregator_footer");
    }

    @Test
    void panoramaArticleSeparatesDeskCreditFromAuthorAndDropsCommentWidgetAndFooter() {
        Article panorama = articles.get(1);
        assertThat(panorama.title())
                .isEqualTo("Mali | Coopération avec la Russie: Bamako annonce une avancée dans la sécurité");
        assertThat(panorama.authors()).containsExactly("Julie Peh");
        assertThat(panorama.outlet().name()).isEqualTo("panorama papers");
        assertThat(fate(panorama, "Accueil PolitiqueAfrique Mali")).contains("navigation");
        assertThat(fate(panorama, "Le chef de la diplomatie malienne, Abdoulaye Diop, a exprimé")).contains("body");
        assertThat(fate(panorama, "Par panorama papers")).contains("byline");
        assertThat(fate(panorama, "0 commentaire 4,6K vues")).contains("counter");
        assertThat(fate(panorama, "Par Julie Peh")).contains("byline");
        assertThat(fate(panorama, "« Nous avons réalisé des progrès significatifs")).contains("body");
        assertThat(fate(panorama, "a-t-il déclaré,")).contains("body");
        assertThat(fate(panorama, "Mettant en avant la prise de la ville de Kidal")).contains("body");
        assertThat(fate(panorama, "Le Mali, gouverné par les militaires depuis 2022")).contains("body");
        assertThat(fate(panorama, "Notify of")).contains("comments");
        assertThat(fate(panorama, "View all comments")).contains("comments");
        assertThat(fate(panorama, "à Lire Aussi")).contains("related");
        assertThat(fate(panorama, "About Us / QUI SOMMES NOUS")).contains("footer");
        assertThat(fate(panorama, "As its name suggests, Panorama papers")).contains("footer");
        assertThat(fate(panorama, "© Copyright 2022")).contains("footer");
        assertThat(panorama.paragraphs()).hasSize(8);
    }

    @Test
    void malianSiteKeepsBodyAndRemovesFollowPromptsSourceLineAndKeywordSpam() {
        Article mali = articles.get(2);
        assertThat(mali.title()).isEqualTo("Coopération militaire: l’axe Bamako-Moscou se renforce");
        assertThat(mali.outlet()).isNull();
        assertThat(mali.paragraphs()).hasSize(6);
        assertThat(fate(mali, "Suivez-nous sur Facebook")).contains("share");
        assertThat(fate(mali, "Le gouvernement militaire malien a reçu")).contains("body");
        assertThat(fate(mali, "Dans le dernier incident qui a secoué le pays")).contains("body");
        assertThat(fate(mali, "Source : Maroc Diplomatique")).contains("source_credit");
        assertThat(fate(mali, "Ecoutez les radios du Mali")).contains("promo");
        assertThat(fate(mali, "ORTM en direct Finance")).contains("outside_article");
    }

    @Test
    void sectionLabelAndPhotoCreditAreNotBody() {
        Article article = articles.get(3);
        assertThat(article.title()).isEqualTo("Mali : après avoir coupé les ponts avec la France, "
                + "Bamako fait une grande révélation sur sa coopération militaire avec la Russie");
        assertThat(article.authors()).isEmpty();
        assertThat(article.paragraphs()).hasSize(14);
        assertThat(fate(article, "Mali")).contains("navigation");
        assertThat(fate(article, "Crédit Photo : Sputnik Afrique")).contains("photo_credit");
        assertThat(fate(article, "Depuis l’arrivée de la junte militaire")).contains("body");
        assertThat(fate(article, "Il n’a pas manqué de précisé")).contains("body");
    }

    @Test
    void bareBylineUnderTitleAndReaderCommentsAfterTheArticle() {
        Article article = articles.get(4);
        assertThat(article.title()).isEqualTo("Le Mali veut commander de nouvelles armes à la Russie");
        assertThat(article.authors()).containsExactly("Casimir Vodjo");
        assertThat(article.paragraphs()).hasSize(4);
        assertThat(fate(article, "Lecture : 2 min")).contains("counter");
        assertThat(fate(article, "Abdoulaye Diop @ Jeune Afrique")).contains("photo_credit");
        assertThat(fate(article, "Ad imageAd image")).contains("advertisement");
        assertThat(fate(article, "Lire aussi :  Tchad")).contains("related");
        assertThat(fate(article, "Depuis le retrait des forces françaises")).contains("body");
        assertThat(fate(article, "Tags :")).contains("tags");
        assertThat(fate(article, "Partager cet article")).contains("share");
        assertThat(fate(article, "1 commentaire")).contains("comments");
        assertThat(fate(article, "• Vos populations ont faim")).contains("reader_comment");
        assertThat(fate(article, "Les armes seuls ne pourront tuer")).contains("reader_comment");
        assertThat(fate(article, "Laisser un commentaire")).contains("comments");
        assertThat(fate(article, "Votre adresse e-mail ne sera pas publiée")).contains("comments");
    }
}
