package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.URITemplate;
import org.junit.jupiter.api.Test;

/**
 * The {@code Allow} header of a 405 (RFC 9110 §15.5.6: "The origin server MUST generate an Allow header field in a 405
 * response containing a list of the target resource's currently supported methods"), computed from Quarkus REST's own
 * method mappers, on the shapes of resource class that lost it.
 */
class AllowedMethodsTest {

    /** A resource class's method mappers: per HTTP method, the method-level path templates below the class path. */
    private static Map<String, RequestMapper<String>> mappers(Map<String, List<String>> templates) {
        Map<String, RequestMapper<String>> mappers = new LinkedHashMap<>();
        templates.forEach((method, paths) -> {
            ArrayList<RequestMapper.RequestPath<String>> list = new ArrayList<>();
            for (String path : paths) {
                list.add(new RequestMapper.RequestPath<>(false, new URITemplate(path, false), method + " " + path));
            }
            mappers.put(method, new RequestMapper<>(list));
        });
        return mappers;
    }

    /** Intake's klantgroepen: GET on the collection, PUT on /{code}, POST on /_activeer, all in one class. */
    private static final Map<String, List<String>> KLANTGROEPEN = Map.of("GET", List.of("/"),
            "PUT", List.of("/{code}"), "POST", List.of("/_activeer"));

    @Test
    void theCollectionOfAClassWithASubPathStartingWithAParameterAnswersItsMethods() {
        // The collection itself (the class path, nothing left) and with a trailing slash.
        assertEquals(Set.of("GET"), AllowedMethods.methodsMatching(mappers(KLANTGROEPEN), ""));
        assertEquals(Set.of("GET"), AllowedMethods.methodsMatching(mappers(KLANTGROEPEN), null));
        assertEquals(Set.of("GET"), AllowedMethods.methodsMatching(mappers(KLANTGROEPEN), "/"));
        assertEquals(Set.of("PUT"), AllowedMethods.methodsMatching(mappers(KLANTGROEPEN), "/werkbedrijf"));
        // /_activeer matches the literal POST template and, as any one segment, PUT /{code} as well.
        assertEquals(Set.of("POST", "PUT"), AllowedMethods.methodsMatching(mappers(KLANTGROEPEN), "/_activeer"));
    }

    @Test
    void aMapperThatThrowsDoesNotHideTheOthers() {
        // The cause of the gap: Quarkus REST's mapper for /{id} throws on an empty path; asking it that once emptied
        // the whole answer (the ladder's metingen: GET and POST on the collection, GET on /{id}).
        Map<String, RequestMapper<String>> metingen = mappers(Map.of("POST", List.of("/"),
                "GET", List.of("/", "/{id}")));
        RequestMapper<String> perId = mappers(Map.of("GET", List.of("/{id}"))).get("GET");
        assertThrows(RuntimeException.class, () -> perId.map(""));
        assertEquals(Set.of("GET", "POST"), AllowedMethods.methodsMatching(metingen, ""));
        assertEquals(Set.of("GET"), AllowedMethods.methodsMatching(metingen, "/3f1c"));
        assertEquals(Set.of(), AllowedMethods.methodsMatching(metingen, "/3f1c/extra"));
    }
}
