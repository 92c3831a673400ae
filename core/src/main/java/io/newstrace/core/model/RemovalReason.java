package io.newstrace.core.model;

import java.util.Locale;

/** Why a part of a page is not article body. The export writes the lower-case name. */
public enum RemovalReason {
    /** Menus, breadcrumbs, section labels, a headline repeated in the page chrome. */
    NAVIGATION,
    /** Share, follow and print prompts. */
    SHARE,
    /** "Lire aussi", "Read more", lists of related articles. */
    RELATED,
    TAGS,
    /** Reading time, view counts, comment counts. */
    COUNTER,
    ADVERTISEMENT,
    /** Comment widgets and forms. */
    COMMENTS,
    /** The text of readers' comments. */
    READER_COMMENT,
    NEWSLETTER,
    COOKIE_NOTICE,
    /** Calls to action: apps, radios, downloads, donations. */
    PROMO,
    /** About, contact, copyright and legal footers. */
    FOOTER,
    /** A notice by the outlet about itself (e.g. that it is blocked in the EU). */
    OUTLET_NOTICE,
    /** Aggregator footers such as "Source link" or "The post ... appeared first on ...". */
    AGGREGATOR_FOOTER,
    /** Photo credits and captions with credits; source evidence for the sources stage. */
    PHOTO_CREDIT,
    /** "Source : X" lines; source evidence for the sources stage. */
    SOURCE_CREDIT,
    /** A line seen on many pages of the corpus: site template. */
    TEMPLATE,
    /**
     * Text of an HTML page that its markup puts outside the main text: navigation, asides, share bars, comment
     * sections, what stands beside the article's container.
     */
    BOILERPLATE_MARKUP,
    /** Markup debris: lone symbols, digits, stray letters. */
    MARKUP_RESIDUE,
    /** Text outside the article that no more specific reason fits. */
    OUTSIDE_ARTICLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RemovalReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
