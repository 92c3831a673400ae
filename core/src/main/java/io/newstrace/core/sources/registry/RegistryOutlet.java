package io.newstrace.core.sources.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the outlet registry; the fields are those of a line of {@code outlets.jsonl} (see the README beside
 * it).
 *
 * @param id                  lower-case slug, unique and stable ("afp", "sputnik-afrique")
 * @param name                the outlet's usual full name
 * @param aliases             other names it goes by: short forms, spellings, translations
 * @param domains             host names without "www.", optionally followed by a path prefix ("bbc.com/afrique")
 * @param country             ISO 3166-1 alpha-2 code of the head office, or null (multinational or unknown)
 * @param languages           ISO 639-1 codes of the languages it publishes in
 * @param owner               owner, parent company or state body, as plain text, or null when unknown
 * @param type                what kind of outlet it is
 * @param parent              id of the outlet this one is an edition or brand of, or null
 * @param stateAffiliated     true when a public reference labels this outlet itself state-controlled; editions
 *                            inherit it through {@code parent}, see {@link OutletRegistry#stateAffiliated}
 * @param stateAffiliationRef that reference (a URL or an official act), null when {@code stateAffiliated} is false
 */
public record RegistryOutlet(String id, String name, List<String> aliases, List<String> domains, String country,
                             List<String> languages, String owner, OutletType type, String parent,
                             boolean stateAffiliated, String stateAffiliationRef) {

    public RegistryOutlet {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        languages = List.copyOf(languages);
    }

    /** The name, then the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
