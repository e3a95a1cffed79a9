package nl.trede.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one strict JSON policy of every Trede API (and of every other JSON the services read with the application's
 * {@code ObjectMapper}: events, answers of another service):
 * <ul>
 *   <li>one JSON document per body: data after it is refused ({@code FAIL_ON_TRAILING_TOKENS});</li>
 *   <li>a key appears once per object ({@code STRICT_DUPLICATE_DETECTION});</li>
 *   <li>no scalar coercion: a number or boolean is not a string, a string is not a number or boolean, a number or
 *       boolean is not a date, a float is not an integer, a number is not an enum code, {@code ""} is not a
 *       number, boolean or date ({@code ALLOW_COERCION_OF_SCALARS} off plus explicit coercion configs);</li>
 *   <li>a date ({@link LocalDate}) is a JSON string {@code yyyy-mm-dd} from {@link #MIN_DATE} to {@link #MAX_DATE};</li>
 *   <li>every string passes {@link TextPolicy} (tab, LF and CR allowed; other controls, unpaired surrogates and
 *       bidirectional controls refused).</li>
 * </ul>
 * A violation is a Jackson binding exception that the platform's problem mapping turns into a 400 naming the field.
 */
public final class StrictJson {

    /** The earliest date an API accepts (documented in the README's API conventions). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date an API accepts. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
    public static final String DATE_RANGE_REASON = "must be a date from " + MIN_DATE + " to " + MAX_DATE;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    /** Applies the policy to {@code mapper} (the Quarkus customizer and plain unit tests use this). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setConfig(mapper.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS));
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString}) {
                boolean natural = switch (type) {
                    case Textual, Enum -> shape == CoercionInputShape.String;
                    case Integer -> shape == CoercionInputShape.Integer;
                    // 1 is a valid JSON representation of 1.0
                    case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
                    case DateTime -> shape == CoercionInputShape.String;
                    default -> false;
                };
                if (!natural && !(type == LogicalType.Textual && shape == CoercionInputShape.EmptyString)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        SimpleModule module = new SimpleModule("trede-strict-input");
        module.addDeserializer(String.class, new StrictStringDeserializer());
        module.addDeserializer(LocalDate.class, new StrictDateDeserializer());
        mapper.registerModule(module);
        return mapper;
    }

    /** A date of the API: {@code yyyy-mm-dd}, a real calendar day, within the supported range. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /** Strings as Jackson reads them (no coercion, see the coercion configs), then held to {@link TextPolicy}. */
    static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (!TextPolicy.acceptable(value, true)) {
                throw new StrictInputException(p, String.class, TextPolicy.REASON);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A date is a JSON string {@code yyyy-mm-dd} (ISO 8601 calendar date) from 1900-01-01 to 2199-12-31. */
    static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (!DATE.matcher(text).matches()) {
                throw InvalidFormatException.from(p, "Not a date in the form yyyy-mm-dd", text, LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "Not a calendar date", text, LocalDate.class);
            }
            if (!inRange(date)) {
                throw new StrictInputException(p, LocalDate.class, DATE_RANGE_REASON);
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
