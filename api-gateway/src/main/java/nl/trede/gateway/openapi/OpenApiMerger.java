package nl.trede.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the one Trede API document (ADR /core/publish-openapi).
 *
 * <ul>
 *   <li>{@code paths}: the union, as full paths from the gateway's root. A service's document has its base
 *       path as its server ({@code servers: [{url: "/api/intake/v1"}]}) and paths relative to it
 *       ({@code /meldingen}); here they become {@code /api/intake/v1/meldingen}, each path item with the
 *       path-level server {@code /} so that "Try it out" calls exactly that path. The document's own
 *       {@code servers} list the services' base paths ({@code /api/<service>/v<major>}, ADR /core/uri-version);
 *       they are not used for calls, because every path item overrides them. (Relative paths under path-level
 *       base servers cannot be merged: two services may have the same relative path, such as {@code /audit}.)</li>
 *   <li>{@code components.*} (schemas, responses, parameters, security schemes, ...): the union. A name defined
 *       identically by several services appears once; a name defined differently is prefixed with the service
 *       name in every service that defines it ({@code Persoon} becomes {@code IntakePersoon} and
 *       {@code CaseworkPersoon}), and that service's {@code $ref}s (and discriminator mappings and security
 *       requirements) are rewritten. Renaming repeats until stable, because a rename can make two
 *       formerly identical definitions that refer to it differ.</li>
 *   <li>{@code operationId}s: an id that operations of several services share (SmallRye names them after the Java
 *       method: {@code get}, {@code afwijzen}) is prefixed with the service name in each of them
 *       ({@code caseworkGet}, {@code ladderGet}): operationIds are unique in a document.</li>
 *   <li>{@code tags}: the union by name. {@code info}, a bearer JWT security scheme and a global security
 *       requirement are the gateway's.</li>
 *   <li>Services whose document could not be fetched are listed in {@code x-trede-unavailable}.</li>
 * </ul>
 *
 * Pure function on Jackson trees; the inputs are not modified.
 */
public final class OpenApiMerger {

    /** Name of the gateway's security scheme in the aggregated document. */
    public static final String BEARER_SCHEME = "bearerJwt";
    private static final String COMPONENTS_PREFIX = "#/components/";
    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The gateway's {@code info} of the aggregated document. */
    public record Info(String title, String version, String description, String contactName, String contactUrl,
                       String contactEmail) {
    }

    private OpenApiMerger() {
    }

    /**
     * @param documents   the services' documents by service name, in the order their paths should appear
     * @param unavailable services whose document is missing
     */
    public static ObjectNode merge(Map<String, ObjectNode> documents, List<String> unavailable, Info info) {
        Map<String, Map<String, Map<String, String>>> renames = renames(documents);
        Set<String> sharedOperationIds = sharedOperationIds(documents);

        ObjectNode result = JSON.objectNode();
        result.put("openapi", version(documents));
        ObjectNode infoNode = result.putObject("info");
        infoNode.put("title", info.title());
        infoNode.put("version", info.version());
        if (info.description() != null) {
            infoNode.put("description", info.description());
        }
        ObjectNode contact = infoNode.putObject("contact");
        contact.put("name", info.contactName());
        contact.put("url", info.contactUrl());
        contact.put("email", info.contactEmail());
        ArrayNode servers = result.putArray("servers");

        ObjectNode paths = JSON.objectNode();
        ArrayNode tags = JSON.arrayNode();
        Set<String> tagNames = new HashSet<>();
        Map<String, ObjectNode> sections = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
            ObjectNode doc = rewritten(entry.getValue(), renames.getOrDefault(entry.getKey(), Map.of()));
            prefixOperationIds(entry.getKey(), doc, sharedOperationIds);
            String base = basePath(doc);
            if (!base.isEmpty()) {
                servers.addObject().put("url", base)
                        .put("description", "Base path of the " + entry.getKey() + " API (the paths below are full "
                                + "paths: each has the server /)");
            }
            mergePaths(paths, doc.path("paths"), base);
            for (JsonNode tag : doc.path("tags")) {
                String name = tag.path("name").asText(null);
                if (name != null && tagNames.add(name)) {
                    tags.add(tag);
                }
            }
            for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
                if (!section.getValue().isObject()) {
                    continue;
                }
                ObjectNode target = sections.computeIfAbsent(section.getKey(), k -> JSON.objectNode());
                section.getValue().properties().forEach(def -> {
                    if (!target.has(def.getKey())) {
                        target.set(def.getKey(), def.getValue());
                    }
                });
            }
        }
        if (servers.isEmpty()) {
            servers.addObject().put("url", "/");
        }
        if (!tags.isEmpty()) {
            result.set("tags", tags);
        }
        result.set("paths", paths);

        ObjectNode components = result.putObject("components");
        sections.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(section -> components.set(section.getKey(), sorted(section.getValue())));
        ObjectNode schemes = components.has("securitySchemes")
                ? (ObjectNode) components.get("securitySchemes") : components.putObject("securitySchemes");
        schemes.putObject(BEARER_SCHEME)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "A JWT issued by the municipality's identity provider; its groups claim "
                        + "carries the Trede roles.");
        result.putArray("security").addObject().putArray(BEARER_SCHEME);
        if (!unavailable.isEmpty()) {
            ArrayNode names = result.putArray("x-trede-unavailable");
            unavailable.forEach(names::add);
        }
        return result;
    }

    /**
     * service → component section → old name → new name. A definition is renamed when another service defines
     * the same name differently (compared after the renames found so far).
     */
    static Map<String, Map<String, Map<String, String>>> renames(Map<String, ObjectNode> documents) {
        Map<String, Map<String, Map<String, String>>> renames = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            // section → name → service → definition (after the current renames)
            Map<String, Map<String, Map<String, JsonNode>>> definitions = new LinkedHashMap<>();
            for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
                Map<String, Map<String, String>> own = renames.getOrDefault(entry.getKey(), Map.of());
                ObjectNode doc = rewritten(entry.getValue(), own);
                for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
                    Map<String, String> renamedHere = own.getOrDefault(section.getKey(), Map.of());
                    section.getValue().properties().forEach(def -> {
                        if (!renamedHere.containsValue(def.getKey())) {
                            definitions.computeIfAbsent(section.getKey(), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(def.getKey(), k -> new LinkedHashMap<>())
                                    .put(entry.getKey(), def.getValue());
                        }
                    });
                }
            }
            for (Map.Entry<String, Map<String, Map<String, JsonNode>>> section : definitions.entrySet()) {
                for (Map.Entry<String, Map<String, JsonNode>> name : section.getValue().entrySet()) {
                    Map<String, JsonNode> byService = name.getValue();
                    if (byService.size() > 1 && new HashSet<>(byService.values()).size() > 1) {
                        for (String service : byService.keySet()) {
                            renames.computeIfAbsent(service, k -> new HashMap<>())
                                    .computeIfAbsent(section.getKey(), k -> new HashMap<>())
                                    .put(name.getKey(), prefixed(service, name.getKey()));
                            changed = true;
                        }
                    }
                }
            }
        }
        return renames;
    }

    static String prefixed(String service, String name) {
        StringBuilder prefix = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                prefix.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.isEmpty() ? prefix.toString()
                : prefix + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** A copy of the document with the given component renames applied to definitions and references. */
    static ObjectNode rewritten(ObjectNode document, Map<String, Map<String, String>> renames) {
        ObjectNode doc = document.deepCopy();
        if (renames.isEmpty()) {
            return doc;
        }
        JsonNode components = doc.path("components");
        for (Map.Entry<String, Map<String, String>> section : renames.entrySet()) {
            JsonNode defs = components.path(section.getKey());
            if (!defs.isObject()) {
                continue;
            }
            ObjectNode renamed = JSON.objectNode();
            defs.properties().forEach(def -> renamed.set(
                    section.getValue().getOrDefault(def.getKey(), def.getKey()), def.getValue()));
            ((ObjectNode) components).set(section.getKey(), renamed);
        }
        rewriteRefs(doc, renames);
        Map<String, String> schemes = renames.getOrDefault("securitySchemes", Map.of());
        if (!schemes.isEmpty()) {
            rewriteSecurity(doc.path("security"), schemes);
            doc.path("paths").forEach(item -> item.properties().forEach(op -> {
                if (OPERATIONS.contains(op.getKey())) {
                    rewriteSecurity(op.getValue().path("security"), schemes);
                }
            }));
        }
        return doc;
    }

    private static void rewriteRefs(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.set("$ref", TextNode.valueOf(renamedRef(ref.asText(), renames)));
            }
            JsonNode mapping = object.path("discriminator").path("mapping");
            if (mapping.isObject()) {
                List<String> keys = new ArrayList<>();
                mapping.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    JsonNode value = mapping.get(key);
                    if (value.isTextual()) {
                        ((ObjectNode) mapping).put(key, renamedRef(value.asText(), renames));
                    }
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static String renamedRef(String ref, Map<String, Map<String, String>> renames) {
        if (!ref.startsWith(COMPONENTS_PREFIX)) {
            return ref;
        }
        String rest = ref.substring(COMPONENTS_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return ref;
        }
        String section = rest.substring(0, slash);
        String remainder = rest.substring(slash + 1);
        int next = remainder.indexOf('/');
        String token = next < 0 ? remainder : remainder.substring(0, next);
        String tail = next < 0 ? "" : remainder.substring(next);
        String name = token.replace("~1", "/").replace("~0", "~");
        String renamed = renames.getOrDefault(section, Map.of()).get(name);
        if (renamed == null) {
            return ref;
        }
        return COMPONENTS_PREFIX + section + "/" + renamed.replace("~", "~0").replace("/", "~1") + tail;
    }

    private static void rewriteSecurity(JsonNode requirements, Map<String, String> schemes) {
        if (!requirements.isArray()) {
            return;
        }
        ArrayNode array = (ArrayNode) requirements;
        for (int i = 0; i < array.size(); i++) {
            JsonNode requirement = array.get(i);
            if (!requirement.isObject()) {
                continue;
            }
            ObjectNode renamed = JSON.objectNode();
            requirement.properties().forEach(
                    field -> renamed.set(schemes.getOrDefault(field.getKey(), field.getKey()), field.getValue()));
            array.set(i, renamed);
        }
    }

    /** The operationIds that operations of more than one service use. */
    static Set<String> sharedOperationIds(Map<String, ObjectNode> documents) {
        Map<String, Set<String>> services = new HashMap<>();
        documents.forEach((service, doc) -> doc.path("paths").forEach(item -> item.properties().forEach(op -> {
            String id = op.getValue().path("operationId").asText(null);
            if (OPERATIONS.contains(op.getKey()) && id != null) {
                services.computeIfAbsent(id, k -> new HashSet<>()).add(service);
            }
        })));
        Set<String> shared = new HashSet<>();
        services.forEach((id, owners) -> {
            if (owners.size() > 1) {
                shared.add(id);
            }
        });
        return shared;
    }

    private static void prefixOperationIds(String service, ObjectNode doc, Set<String> shared) {
        doc.path("paths").forEach(item -> item.properties().forEach(op -> {
            JsonNode id = op.getValue().path("operationId");
            if (OPERATIONS.contains(op.getKey()) && id.isTextual() && shared.contains(id.asText())) {
                String name = prefixed(service, id.asText());
                ((ObjectNode) op.getValue()).put("operationId",
                        name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        }));
    }

    /**
     * The base path a service's document declares as its (first) server, e.g. {@code /api/intake/v1}; empty when
     * it has none, or an absolute URL or {@code /} (its paths are then taken as full paths).
     */
    static String basePath(JsonNode document) {
        String url = document.path("servers").path(0).path("url").asText("");
        if (!url.startsWith("/") || url.startsWith("//")) {
            return "";
        }
        return url.replaceAll("/+$", "");
    }

    private static void mergePaths(ObjectNode target, JsonNode paths, String base) {
        paths.properties().forEach(path -> {
            String key = base.isEmpty() ? path.getKey() : path.getKey().equals("/") ? base : base + path.getKey();
            JsonNode existing = target.get(key);
            if (existing == null || !existing.isObject() || !path.getValue().isObject()) {
                if (existing == null) {
                    JsonNode item = path.getValue();
                    if (item.isObject()) {
                        // The full path is relative to the gateway's root, whatever the document's servers say.
                        ObjectNode full = ((ObjectNode) item).deepCopy();
                        full.putArray("servers").addObject().put("url", "/");
                        item = full;
                    }
                    target.set(key, item);
                }
                return;
            }
            path.getValue().properties().forEach(op -> {
                if (!existing.has(op.getKey())) {
                    ((ObjectNode) existing).set(op.getKey(), op.getValue());
                }
            });
        });
    }

    private static ObjectNode sorted(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        ObjectNode out = JSON.objectNode();
        names.forEach(name -> out.set(name, node.get(name)));
        return out;
    }

    /** The highest {@code openapi} version of the documents (they are 3.x), 3.1.0 when there are none. */
    private static String version(Map<String, ObjectNode> documents) {
        String best = null;
        for (ObjectNode doc : documents.values()) {
            String v = doc.path("openapi").asText("");
            if (v.startsWith("3.") && (best == null || compareVersions(v, best) > 0)) {
                best = v;
            }
        }
        return best == null ? "3.1.0" : best;
    }

    private static int compareVersions(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? number(pa[i]) : 0;
            int y = i < pb.length ? number(pb[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part.replaceAll("\\D.*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
