package io.newstrace.core.ingest;

import io.newstrace.core.model.DocumentHints;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    static String resource(String name) {
        try (InputStream in = HtmlTextTest.class.getResourceAsStream("/ingest/" + name)) {
            assertThat(in).as("test resource /ingest/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aQuotationElementIsRenderedWithTheMarksABrowserDraws() {
        // Radio-Canada writes its quotations as <q> elements, whose text holds no marks (excerpt, source in the file).
        HtmlText.Rendered rendered = HtmlText.render(resource("fr-radio-canada-q-elements.html"));
        assertThat(rendered.text()).contains("«Ce sur quoi nous comptons, c’est que certains élèves n’iront pas à "
                + "l’école», a-t-elle expliqué à CBC. «Ce n’est pas une année où");
        assertThat(rendered.text()).endsWith("on doit trouver de l'espace.»\n");
        // Other languages take curly quotation marks, and a quotation inside a quotation the single ones.
        assertThat(HtmlText.render("<html lang=\"en\"><body><p>He said <q>she told me <q>no</q></q>.</p></body></html>")
                .text()).isEqualTo("He said “she told me ‘no’”.\n");
    }

    @Test
    void rendersVisibleTextOfANewsPageOneBlockPerParagraph() {
        HtmlText.Rendered rendered = HtmlText.render(resource("fr-inondations-article.html"));

        assertThat(rendered.text()).isEqualTo("""
                Accueil

                Région

                Inondations dans le Pas-de-Calais : l’état de catastrophe naturelle reconnu

                Par Claire Dumont
                Publié le 14 novembre 2023

                Le gouvernement a reconnu mardi l’état de catastrophe naturelle pour 214 communes du Pas-de-Calais, \
                touchées depuis une semaine par des crues historiques.

                « Nous serons aux côtés des sinistrés », a déclaré le ministre de l’Intérieur lors de sa visite à Saint-Omer.

                © 2023 La Voix du Littoral – Tous droits réservés
                """);
    }

    @Test
    void dropsScriptsStylesNoscriptHiddenElementsAndTheHead() {
        String text = HtmlText.render(resource("fr-inondations-article.html")).text();

        assertThat(text)
                .doesNotContain("dataLayer")
                .doesNotContain("trackRead")
                .doesNotContain("font-family")
                .doesNotContain("inline-style")
                .doesNotContain("Publicité")
                .doesNotContain("Activez JavaScript")
                .doesNotContain("| La Voix du Littoral");
    }

    @Test
    void rendersADataTableRowAsOneLineAndALayoutTableCellAsItsOwnBlock() {
        String text = HtmlText.render("""
                <html><body>
                <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
                <tr><td>1</td><td><a href="/kb">Kyle Busch</a></td><td>5040</td></tr></table>
                <table><tr><td><p>A layout cell.</p></td><td><p>Another one.</p></td></tr></table>
                </body></html>""").text();

        assertThat(text).isEqualTo("""
                Pos. Driver Points

                1 Kyle Busch 5040

                A layout cell.

                Another one.
                """);
    }

    private static final String SENTENCE = "The council voted on Tuesday to rebuild the old bridge, which has been "
            + "closed since the spring floods, and to open it again to cyclists, walkers and buses next year. ";

    /** An article of a few paragraphs of prose with the given markup between them, the page's menu above. */
    private static HtmlText.Rendered article(String middle, String end) {
        return HtmlText.render("<html><body><nav><a href=/>Home</a></nav><article>"
                + "<p>" + SENTENCE + "</p><p>" + SENTENCE + SENTENCE + "</p><p>" + SENTENCE + "</p>"
                + middle + "<p>" + SENTENCE + "</p>" + end + "</article></body></html>");
    }

    @Test
    void linkOnlyParagraphsThatCloseTheMainTextAreOutsideIt() {
        HtmlText.Rendered rendered = article("<ul><li><a href=/a>A linked list item, which stays</a></li></ul>",
                "<p>1) The first item of a closing list <a href=/x>http://x.example/1</a></p>"
                        + "<p><a href=/b>Related: another story</a></p><p><a href=/c>And one more</a></p>");

        assertThat(outside(rendered, "Related: another story")).isTrue();
        assertThat(outside(rendered, "And one more")).isTrue();
        assertThat(outside(rendered, "1) The first item")).isFalse();
        assertThat(outside(rendered, "A linked list item")).isFalse();
        assertThat(outside(rendered, "Home")).isTrue();
        assertThat(rendered.text()).contains("Related: another story");
    }

    /** Related headlines between two paragraphs (benchmark page 2c46804d, CBS News). */
    @Test
    void aListOfThreeLinkedHeadlinesWithinTheTextIsOutsideIt() {
        HtmlText.Rendered rendered = article("""
                <ul><li><a href=/1>Video shows dramatic rescue of kidnapped girl: "We got her!"</a></li>
                <li><a href=/2>Man arrested after 7 trafficking victims found in car: Police</a></li>
                <li><a href=/3>Jeffrey Epstein jail guards charged with falsifying records</a></li></ul>""", "");

        assertThat(outside(rendered, "Video shows dramatic rescue")).isTrue();
        assertThat(outside(rendered, "Jeffrey Epstein jail guards")).isTrue();
        assertThat(rendered.outsideMainText()).noneMatch(span -> rendered.text().substring(span.start(), span.end())
                .contains("The council voted"));
    }

    /**
     * A paragraph that is one link to a headline is a promoted story (benchmark page 7dfc3e35, Fox News); one that
     * links a bare address is a source the author cites (page 20b2b64e, remember8090.it).
     */
    @Test
    void aLoneLinkedHeadlineIsATeaserButALinkedAddressIsText() {
        HtmlText.Rendered rendered = article(
                "<p><a href=/spicer><strong>SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</strong></a></p>"
                        + "<p><a href=\"http://amzn.to/2hXQPDr\">http://amzn.to/2hXQPDr</a></p>", "");

        assertThat(outside(rendered, "SEAN SPICER ELIMINATED")).isTrue();
        assertThat(outside(rendered, "http://amzn.to/2hXQPDr")).isFalse();
    }

    /**
     * Captions and credits the markup names without figcaption are outside the main text (benchmark page
     * 374ac9a5, CNBC), and a camel-case class name is read word by word: "pageRow" is not a pager.
     */
    @Test
    void captionAndCreditBoxesAreOutsideTheMainTextAndAPageRowIsNoPager() {
        HtmlText.Rendered rendered = HtmlText.render("<html><body><div class=\"PageBuilder-pageRow\"><div>"
                + "<div class=\"InlineImage-wrapper\"><div class=\"InlineImage-imageEmbedCaption\">Sheikh Mohammed "
                + "bin Rashid Al Maktoum passes a Boeing Co. 787-10 passenger aircraft.</div>"
                + "<div class=\"InlineImage-imageEmbedCredit\">Natalie Naccache | Bloomberg | Getty Images</div></div>"
                + "<p>" + SENTENCE + "</p><p>" + SENTENCE + SENTENCE + "</p><p>" + SENTENCE + "</p>"
                + "</div></div></body></html>");

        assertThat(outside(rendered, "Sheikh Mohammed")).isTrue();
        assertThat(outside(rendered, "Natalie Naccache")).isTrue();
        assertThat(outside(rendered, "The council voted")).isFalse();
    }

    /** Readability's visibility test: an inline style that hides an element, or aria-hidden, hides its text. */
    @Test
    void elementsHiddenByTheirStyleOrAriaHiddenAreNotRendered() {
        String text = HtmlText.render("<html><body><p>Shown.</p><div style=\"display: none\">A pop-up</div>"
                + "<p style=\"VISIBILITY:hidden\">A teaser</p><span aria-hidden=\"true\">An icon label</span>"
                + "<p style=\"display:block\">Shown too.</p></body></html>").text();

        assertThat(text).isEqualTo("Shown.\n\nShown too.\n");
    }

    /**
     * The element a page declares to hold the article's body (itemprop="articleBody") is the main text, though a
     * box of longer prose beside it would score higher.
     */
    @Test
    void theDeclaredArticleBodyIsTheMainText() {
        String box = "<p>" + SENTENCE + SENTENCE + "</p>";
        HtmlText.Rendered rendered = HtmlText.render("<html><body><div><div><div><div class=\"box\">" + box + box
                + box + "</div></div></div></div><div><div itemprop=\"articleBody\"><p>The bridge reopens on Monday, "
                + "the city said, after two years of work, and buses will cross it again from June.</p>"
                + "<p>Cyclists will have their own lane.</p></div></div></body></html>");

        assertThat(outside(rendered, "The bridge reopens")).isFalse();
        assertThat(outside(rendered, "The council voted")).isTrue();
    }

    /**
     * A lead the markup sets in a box beside the article's container is the article's when the page's JSON-LD
     * articleBody holds it (as on benchmark page 7bb1ca90, The Economist, for a pull quote); a short line is not
     * taken on that word, and a malformed block declares nothing.
     */
    @Test
    void linesTheDeclaredJsonLdArticleBodyHoldsAreMainText() {
        String lead = "Three people have died during protests against the interim government, officials said.";
        String page = "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + lead + " Menu. " + SENTENCE + "\"}]}</script>"
                + "<script type=\"application/ld+json\">{ not json</script></head><body>"
                + "<div class=\"summary\"><p>" + lead + "</p><p>Menu</p></div><div><div><p>" + SENTENCE + "</p><p>"
                + SENTENCE + SENTENCE + "</p><p>" + SENTENCE + "</p></div></div>"
                + "<div><p>A teaser the article does not hold, long enough to be taken for prose.</p></div>"
                + "</body></html>";
        HtmlText.Rendered rendered = HtmlText.render(page);

        assertThat(outside(rendered, lead)).isFalse();
        assertThat(outside(rendered, "Menu")).isTrue();
        assertThat(outside(rendered, "A teaser the article")).isTrue();
    }

    private static boolean outside(HtmlText.Rendered rendered, String text) {
        int start = rendered.text().indexOf(text);
        assertThat(start).as(text).isNotNegative();
        return rendered.outsideMainText().stream().anyMatch(s -> s.start() <= start && s.end() >= start + text.length());
    }

    @Test
    void extractsHintsFromTheHead() {
        DocumentHints hints = HtmlText.render(resource("fr-inondations-article.html")).hints();

        assertThat(hints).isEqualTo(new DocumentHints(
                "Inondations dans le Pas-de-Calais : l’état de catastrophe naturelle reconnu",
                "https://www.lavoixdulittoral.example/region/inondations-catastrophe-naturelle-2023",
                "2023-11-14T18:42:00+01:00",
                "La Voix du Littoral",
                "Claire Dumont",
                "fr"));
    }

    @Test
    void fallsBackToTitleTagOgUrlAndTimeElement() {
        String html = """
                <html lang="en-GB"><head>
                <title>  Oil prices slide as OPEC+ weighs output increase  </title>
                <meta property="og:url" content="https://news.example.com/markets/oil-prices-slide">
                <meta name="author" content="   ">
                </head><body>
                <p>Oil prices fell for a third straight session on Tuesday.</p>
                <p class="dateline"><time datetime="2024-03-05T09:15:00Z">March 5, 2024</time></p>
                </body></html>""";

        DocumentHints hints = HtmlText.render(html).hints();

        assertThat(hints.title()).isEqualTo("Oil prices slide as OPEC+ weighs output increase");
        assertThat(hints.url()).isEqualTo("https://news.example.com/markets/oil-prices-slide");
        assertThat(hints.published()).isEqualTo("2024-03-05T09:15:00Z");
        assertThat(hints.outlet()).isNull();
        assertThat(hints.author()).as("blank meta content is ignored").isNull();
        assertThat(hints.language()).isEqualTo("en-GB");
    }

    @Test
    void readsAlternativeDateMetaNames() {
        String html = """
                <html><head><meta name="pubdate" content="2019-11-20">
                <meta name="date" content="2019-11-21"></head>
                <body><p>Ambassador Gordon Sondland testified before the House Intelligence Committee.</p></body></html>""";

        DocumentHints hints = HtmlText.render(html).hints();

        assertThat(hints.published()).as("'date' is tried before 'pubdate'").isEqualTo("2019-11-21");
        assertThat(hints.title()).isNull();
        assertThat(hints.language()).isNull();
    }

    @Test
    void pageWithoutMetadataHasNoHints() {
        assertThat(HtmlText.render("<p>Rain is expected across Scotland on Friday.</p>").hints())
                .isEqualTo(DocumentHints.NONE);
    }

    @Test
    void collapsesWhitespaceAndKeepsInlineElementsInTheirLine() {
        String html = "<body><p>  Le   Premier\n\t ministre <b>a</b> <a href=\"#\">présenté</a>"
                + " sa démission\r\nau <span>président</span> .  </p></body>";

        assertThat(HtmlText.render(html).text())
                .isEqualTo("Le Premier ministre a présenté sa démission au président .\n");
    }

    @Test
    void lineBreakTagsGiveSingleNewlinesAndBlocksBlankLines() {
        String html = """
                <div>
                  <h2>En bref</h2>
                  <p>Grève à l’université Paris 8<br/>   Les cours sont suspendus jusqu’à lundi.</p>
                  <blockquote>« La mobilisation continue », selon le syndicat.</blockquote>
                  <ul><li>Saint-Denis</li><li>Aubervilliers</li></ul>
                </div>""";

        assertThat(HtmlText.render(html).text()).isEqualTo("""
                En bref

                Grève à l’université Paris 8
                Les cours sont suspendus jusqu’à lundi.

                « La mobilisation continue », selon le syndicat.

                Saint-Denis

                Aubervilliers
                """);
    }

    @Test
    void decodesEntities() {
        assertThat(HtmlText.render("<p>Taux d&#8217;int&eacute;r&ecirc;t &amp; inflation &lt;2&nbsp;%&gt;</p>").text())
                .isEqualTo("Taux d’intérêt & inflation <2\u00a0%>\n");
    }

    @Test
    void pageWithOnlyInvisibleContentRendersAsSingleNewline() {
        String html = "<html><head><title>Vide</title></head><body><script>var a = 1;</script>"
                + "<div hidden><p>Caché</p></div><template><p>Modèle</p></template></body></html>";

        HtmlText.Rendered rendered = HtmlText.render(html);

        assertThat(rendered.text()).isEqualTo("\n");
        assertThat(rendered.hints().title()).isEqualTo("Vide");
    }

    @Test
    void textAfterAHiddenSubtreeIsKept() {
        String html = "<p>Avant</p><div hidden><div><p>Caché <b>profondément</b></p></div></div><p>Après</p>";

        assertThat(HtmlText.render(html).text()).isEqualTo("Avant\n\nAprès\n");
    }

    @Test
    void theMetaCharsetIsReadFromEitherFormOfTheTag() {
        assertThat(HtmlText.metaCharset("<html><head><meta charset=\"ISO-8859-15\">".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ISO-8859-15");
        assertThat(HtmlText.metaCharset(("<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                + "charset=windows-1252\">").getBytes(StandardCharsets.US_ASCII))).isEqualTo("windows-1252");
        assertThat(HtmlText.metaCharset("<p>charset=utf-8</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void elementsNestedPastTheDepthLimitKeepTheirTextAndTheRenderingSaysItFlattenedThem() {
        String paragraph = "Le ministre a déclaré jeudi à Bamako que la coopération se poursuivrait, malgré les critiques.";
        String deep = "<html><body>" + "<div>".repeat(20_000) + "<p>" + paragraph + "</p>" + "</div>".repeat(20_000)
                + "<p>Après.</p></body></html>";

        HtmlText.Rendered rendered = HtmlText.render(deep, 64);

        assertThat(rendered.flattened()).isTrue();
        assertThat(rendered.text()).isEqualTo(paragraph + "\n\nAprès.\n");
        assertThat(HtmlText.render("<div><div><p>" + paragraph + "</p></div></div>", 64).flattened()).isFalse();
    }
}
