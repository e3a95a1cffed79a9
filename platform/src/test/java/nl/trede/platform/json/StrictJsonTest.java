package nl.trede.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemMappersAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The strict JSON policy on a plain ObjectMapper configured as every service's is: each refused body is a binding
 * failure that the problem mapping turns into a 400 naming the field (checked through
 * {@link ProblemMappersAccess#invalidParam}).
 */
class StrictJsonTest {

    enum Soort { AANVRAAG, SIGNAAL }

    record Adres(String straat) {
    }

    record Zoek(String bsn, String naam, LocalDate datum, Integer aantal, boolean actief, BigDecimal bedrag,
                Soort soort, List<String> hulpvraag, Adres adres) {
    }

    private static final ObjectMapper MAPPER = StrictJson.configure(new ObjectMapper().registerModule(
            new JavaTimeModule()));

    private static InvalidParam refused(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue(json, Zoek.class), json);
        InvalidParam param = ProblemMappersAccess.invalidParam(e);
        assertNotNull(param, () -> "no field named for " + json + ": " + e);
        return param;
    }

    @Test
    void aValidDocumentIsRead() throws Exception {
        Zoek z = MAPPER.readValue("""
                {"bsn":"999990342","naam":"J. de\\tVries\\nRegel 2","datum":"1900-01-01","aantal":3,"actief":true,
                 "bedrag":12,"soort":"SIGNAAL","hulpvraag":["werk","zorg 🙂"],"adres":{"straat":"Dorpsstraat"}}""",
                Zoek.class);
        assertEquals(LocalDate.of(1900, 1, 1), z.datum());
        assertEquals(new BigDecimal("12"), z.bedrag(), "an integer is a valid JSON number for a decimal");
        assertEquals("zorg 🙂", z.hulpvraag().get(1), "a paired surrogate (emoji) is fine");
        assertEquals(LocalDate.of(2199, 12, 31), MAPPER.readValue("{\"datum\":\"2199-12-31\"}", Zoek.class).datum());
        assertNull(MAPPER.readValue("{\"datum\":null}", Zoek.class).datum(), "null stays for the validation to judge");
    }

    @Test
    void aDuplicateKeyIsRefusedAndNamed() {
        assertEquals(new InvalidParam("bsn", "appears more than once in its object"),
                refused("{\"bsn\":\"999990342\",\"bsn\":\"111222333\"}"));
        assertEquals("adres.straat", refused("{\"adres\":{\"straat\":\"a\",\"straat\":\"b\"}}").name());
    }

    @Test
    void trailingDataIsRefused() {
        assertEquals(new InvalidParam("body", "has data after the JSON document"),
                refused("{\"bsn\":\"999990342\"} {\"extra\":1}"));
        assertEquals("body", refused("{\"bsn\":\"999990342\"} 1").name());
    }

    @Test
    void noScalarCoercion() {
        assertEquals("bsn", refused("{\"bsn\":870137682}").name(), "a number is not a string");
        assertEquals("bsn", refused("{\"bsn\":8.5}").name());
        assertEquals("naam", refused("{\"naam\":true}").name(), "a boolean is not a string");
        assertEquals("aantal", refused("{\"aantal\":\"3\"}").name(), "a string is not a number");
        assertEquals("aantal", refused("{\"aantal\":3.5}").name(), "a float is not an integer");
        assertEquals("actief", refused("{\"actief\":\"true\"}").name(), "a string is not a boolean");
        assertEquals("actief", refused("{\"actief\":1}").name(), "a number is not a boolean");
        assertEquals("bedrag", refused("{\"bedrag\":\"12.50\"}").name());
        assertEquals("soort", refused("{\"soort\":1}").name(), "a number is not an enum code");
        assertEquals("hulpvraag[1]", refused("{\"hulpvraag\":[\"werk\",7]}").name());
        assertEquals("hulpvraag", refused("{\"hulpvraag\":\"werk\"}").name(), "a string is not a list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20260101", "1.5", "true", "[2026,1,1]", "\"\"", "\"2026-1-1\"", "\"2026-02-30\"",
            "\"2026-01-01T00:00:00Z\"", "\"+12026-01-01\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"2200-01-01\""})
    void aDateIsAStringYyyyMmDdWithinTheRange(String value) {
        InvalidParam param = refused("{\"datum\":" + value + "}");
        assertEquals("datum", param.name(), value);
    }

    @Test
    void aDateOutsideTheRangeSaysSo() {
        assertEquals(new InvalidParam("datum", StrictJson.DATE_RANGE_REASON), refused("{\"datum\":\"0000-01-01\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud800", "\\udc00", "x\\ud800y",
            "\\u202a", "\\u202e", "\\u2066", "\\u2069"})
    void controlCharactersUnpairedSurrogatesAndBidiControlsAreRefused(String escaped) {
        assertEquals(new InvalidParam("naam", TextPolicy.REASON), refused("{\"naam\":\"J." + escaped + "\"}"));
        assertEquals("hulpvraag[0]", refused("{\"hulpvraag\":[\"" + escaped + "\"]}").name());
        assertEquals("adres.straat", refused("{\"adres\":{\"straat\":\"" + escaped + "\"}}").name());
    }

    @Test
    void mapValuesAreStringsToo() {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("{\"a\":\"\\u0000\"}", Map.class));
    }

    @Test
    void notJsonAtAllIsMalformedWithoutAField() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue("{\"bsn\":", Zoek.class));
        assertNull(ProblemMappersAccess.invalidParam(e));
    }
}
