package io.newstrace.core.sources.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the registry's JSON-lines format, one outlet per line, and rejects a bad line with an
 * {@link IllegalArgumentException} that names the file, the line and the problem. Blank lines are skipped.
 */
final class OutletLines {
    private OutletLines() {
    }

    /** An outlet and where it was read; {@code layer} is 0 for the bundled file, then 1, 2… for user files. */
    record Entry(RegistryOutlet outlet, String file, int line, int layer) {
        String where() {
            return file + ":" + line;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "domains", "country", "languages",
            "owner", "type", "parent", "state_affiliated", "state_affiliation_ref");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
    /** A lower-case host of two labels or more, then optionally a path prefix: "bbc.com/afrique". */
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")+(/[a-z0-9._~%-]+)*");

    static List<Entry> read(String file, BufferedReader reader, int layer) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            RegistryOutlet outlet;
            try {
                outlet = parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
            }
            Integer first = lineOfId.putIfAbsent(outlet.id(), line);
            if (first != null) {
                throw new IllegalArgumentException(file + ":" + line + ": duplicate id '" + outlet.id()
                        + "' (first on line " + first + ")");
            }
            entries.add(new Entry(outlet, file, line, layer));
        }
        return entries;
    }

    private static RegistryOutlet parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'");
            }
        }
        String id = requiredString(node, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' is not a lower-case slug (a-z, 0-9, single hyphens)");
        }
        String name = requiredString(node, "name");
        String typeCode = requiredString(node, "type");
        OutletType type = OutletType.fromCode(typeCode).orElseThrow(() -> new IllegalArgumentException(
                "unknown type '" + typeCode + "' (agency, newspaper, magazine, broadcaster, online, aggregator)"));
        String country = optionalString(node, "country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        List<String> languages = strings(node, "languages");
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("language '" + language + "' is not an ISO 639 code");
            }
        }
        List<String> domains = strings(node, "domains");
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches() || domain.startsWith("www.")) {
                throw new IllegalArgumentException("domain '" + domain
                        + "' is not a lower-case host without www. (optionally followed by /path)");
            }
        }
        String parent = optionalString(node, "parent");
        if (id.equals(parent)) {
            throw new IllegalArgumentException("outlet '" + id + "' is its own parent");
        }
        JsonNode affiliated = node.get("state_affiliated");
        if (affiliated == null || !affiliated.isBoolean()) {
            throw new IllegalArgumentException("state_affiliated must be true or false");
        }
        String reference = optionalString(node, "state_affiliation_ref");
        if (affiliated.booleanValue() && reference == null) {
            throw new IllegalArgumentException("state_affiliated is true but state_affiliation_ref is missing");
        }
        if (!affiliated.booleanValue() && reference != null) {
            throw new IllegalArgumentException("state_affiliation_ref is given but state_affiliated is false");
        }
        return new RegistryOutlet(id, name, strings(node, "aliases"), domains, country, languages,
                optionalString(node, "owner"), type, parent, affiliated.booleanValue(), reference);
    }

    private static String requiredString(JsonNode node, String field) {
        String value = optionalString(node, field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    /** A non-blank string, or null when the field is absent or null. */
    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        if (value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value.asText().strip();
    }

    /** A list of non-blank strings; an absent or null field is an empty list. */
    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual() || element.asText().isBlank()) {
                throw new IllegalArgumentException(field + " must hold non-blank strings only");
            }
            strings.add(element.asText().strip());
        }
        return strings;
    }
}
