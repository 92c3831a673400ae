package io.newstrace.core.clean;

import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.text.Folding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FurnitureRulesTest {
    private static final FurnitureRules RULES = new CleanVocabulary(List.of("fr", "en")).furniture;

    private static RemovalReason reason(String line) {
        String folded = Folding.matchForm(line);
        FurnitureRule rule = RULES.firstMatch(folded, folded.toLowerCase(Locale.ROOT), line.split("\\s+").length);
        return rule == null ? null : rule.reason();
    }

    /** Lines kept as body on pages of the development half of the extraction benchmark (page ids cited). */
    @Test
    void englishFollowNewsletterReportingCreditAndAffiliateLines() {
        assertThat(reason("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.")) // 70cb2d5b, BBC
                .isEqualTo(RemovalReason.SHARE);
        assertThat(reason("Get breaking news alerts and special reports. The news and stories that matter, "
                + "delivered weekday mornings.")).isEqualTo(RemovalReason.NEWSLETTER); // 7a457a4f, NBC News
        assertThat(reason("Let our news meet your inbox. The news and stories that matters, delivered weekday "
                + "mornings.")).isEqualTo(RemovalReason.NEWSLETTER); // 7a457a4f
        assertThat(reason("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal "
                + "Ahmed and Gertrude Chavez-Dreyfuss; Editing by Dan Grebler")) // 57d46, Reuters
                .isEqualTo(RemovalReason.SOURCE_CREDIT);
        assertThat(reason("(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing; Editing by Tom Brown)"))
                .isEqualTo(RemovalReason.SOURCE_CREDIT); // 06e5123e, Reuters
        assertThat(reason("AppleInsider has affiliate partnerships and may earn commission on products purchased "
                + "through affiliate links.")).isEqualTo(RemovalReason.OUTLET_NOTICE); // 65bf3048
    }

    @Test
    void englishCommentInvitationShareRequestTipLineSubscriptionOfferAndScriptNotice() {
        assertThat(reason("Tell us what YOU think...")).isEqualTo(RemovalReason.COMMENTS); // 612cd298
        assertThat(reason("Like this story? Share it with a friend!")).isEqualTo(RemovalReason.SHARE); // 4a44ab3e, RT
        assertThat(reason("Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.")) // 3f65af7b
                .isEqualTo(RemovalReason.PROMO);
        assertThat(reason("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
                + "£11.99.")).isEqualTo(RemovalReason.PROMO); // 30b771a4, 612cd298
        assertThat(reason("This slideshow requires JavaScript.")).isEqualTo(RemovalReason.NAVIGATION); // 30b771a4
    }

    @Test
    void proseThatMentionsTheSameWordsIsNotFurniture() {
        assertThat(reason("Police said reporting by witnesses on Twitter helped them find the car on Sunday."))
                .isNull();
        assertThat(reason("The mayor will follow the vote closely, she said on Tuesday, before the council meets."))
                .isNull();
        assertThat(reason("Have a look at the map: the new lane runs along the river for three miles.")).isNull();
    }

    /**
     * Body lines of PolNeAR's training split (github.com/networkdynamics/PolNeAR, 2016 US political news; article
     * names cited) that mention a newsletter, cookies or a copyright sign: the rules had removed them.
     */
    @Test
    void newsCookiesNewslettersAndMojibakeInProseAreNotFurniture() {
        assertThat(reason("Gender roles collided again on Friday when Bill Clinton and Melania Trump, Republican nominee "
                + "Donald Trump’s wife, submitted cookie recipes for Family Circle magazine’s Presidential Cookie Poll. "
                + "Bill Clinton submitted the family’s oatmeal chocolate chip cookies and Melania Trump’s entry was a "
                + "star-shaped cookie made with egg yolks and sour cream.")) // breitbart_2016-08-19_as-bill-clinton-turns-a-look-at-
                .isNull();
        assertThat(reason("Her goal was not dating or anything more salacious. She merely wanted men to sign up for "
                + "mobile updates from Bernie Sanders's presidential campaign.")) // nyt_2016-02-09_it-s-fine-to-feel-the-bern-but-n
                .isNull();
        // usa-today_2016-02-18_bleak-outlook-for-bloomberg-inde: UTF-8 read as Latin-1, "é" became "Ã©".
        assertThat(reason("Bloomberg has an impressive rÃ©sumÃ©: a self-made billionaire who founded a global "
                + "financial information company; a philanthropist who's given billions; a mayor who presided over "
                + "historic reductions in crime, helped the city recover from 9/11 and banned smoking in bars."))
                .isNull();
    }

    /** The notices those rules are for, from pages of the extraction benchmark (page ids cited). */
    @Test
    void newsletterCookieCopyrightAndImageCreditNoticesAreStillFurniture() {
        assertThat(reason("E-mail newsletter")).isEqualTo(RemovalReason.NEWSLETTER); // e1c7023e
        assertThat(reason("Newsletters")).isEqualTo(RemovalReason.NEWSLETTER); // Le Monde, core's test pages
        assertThat(reason("This site uses cookies to assist with navigation, analyse your use of our services, and "
                + "provide content from third parties.")).isEqualTo(RemovalReason.COOKIE_NOTICE); // e1c7023e
        assertThat(reason("Copyright @ 2019 The New Arab.")).isEqualTo(RemovalReason.FOOTER); // 833caf3b
        assertThat(reason("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지")).isEqualTo(RemovalReason.FOOTER); // 0ec95c72
        assertThat(reason("This document is subject to copyright. Apart from any fair dealing for the purpose of "
                + "private study or research, no part may be reproduced without the written permission. The content is "
                + "provided for information purposes only."))
                .isEqualTo(RemovalReason.FOOTER); // e1c7023e
        assertThat(reason("Image copyright EPA")).isEqualTo(RemovalReason.PHOTO_CREDIT); // BBC, core's test pages
    }

    /**
     * Captions run into the text, ending with the photographer's and the outlet's credit, from articles the Gender Gap
     * Tracker annotated (github.com/sfu-discourse-lab/GenderGapTracker, NLP/evaluation/src/rawtext.zip, ids cited):
     * what they say the person says repeats the story, and they are set aside with the credit.
     */
    @Test
    void aCaptionEndingWithItsPhotographersCreditIsFurniture() {
        assertThat(reason("Dr. Matthew Bowes, chief medical examiner of Nova Scotia, says he has seen that mixing "
                + "benzodiazepines with opioids can increase the risk of death by intoxication. (Robert Short/CBC)"))
                .isEqualTo(RemovalReason.PHOTO_CREDIT); // 5c33859e1e67d78e27d12893, CBC News
        assertThat(reason("Elon Musk says the system, simply called ‘loop,’ is a first step toward developing a "
                + "high-speed network underground to eliminate traffic congestion. ( Robyn Beck/Bloomberg News / Robyn "
                + "Beck/Bloomberg News )")).isEqualTo(RemovalReason.PHOTO_CREDIT); // 5c2858471e67d78e27b3b633
        // A bracket with a slash that credits no one, in the body of the same kind of news.
        assertThat(reason("The province's debt rose to $316 million, the budget shows (see the 2018/2019 "
                + "figures).")).isNull();
    }
}
