package io.newstrace.core.sources.registry;

import java.util.Locale;
import java.util.Optional;

/** What kind of outlet a registry entry is. */
public enum OutletType {
    /** A news agency selling wire copy: AFP, Reuters, Xinhua. */
    AGENCY,
    NEWSPAPER,
    MAGAZINE,
    /** Television or radio, and their websites. */
    BROADCASTER,
    /** A news site with no print or broadcast parent. */
    ONLINE,
    /** Republishes or links other outlets' articles: Yahoo News, MSN, AllAfrica. */
    AGGREGATOR;

    /** The form used in the registry files: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<OutletType> fromCode(String code) {
        for (OutletType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
