package io.newstrace.core.registry;

import java.util.List;

/**
 * One outlet of the registry (registry/README.md): a stable id, its name and the other names it goes by, its
 * web domains, country (ISO 3166-1), languages, owner, type (agency, newspaper, magazine, broadcaster, online,
 * aggregator), the outlet it is an edition of, and whether it is state-affiliated, with the public reference
 * that says so.
 */
public record RegistryOutlet(String id, String name, List<String> aliases, List<String> domains, String country,
                             List<String> languages, String owner, String type, String parent,
                             boolean stateAffiliated, String stateAffiliationRef) {

    public RegistryOutlet {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        languages = List.copyOf(languages);
    }
}
