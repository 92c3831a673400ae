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
}
