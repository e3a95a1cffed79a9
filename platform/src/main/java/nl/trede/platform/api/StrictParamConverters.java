package nl.trede.platform.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.function.Function;
import nl.trede.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Typed query parameters ({@code int}, {@code long}, {@link LocalDate}) that cannot be converted are a 400 naming
 * the parameter, not the 404 JAX-RS prescribes for a failed query-parameter conversion: {@code page=abc},
 * {@code page=9223372036854775808}, {@code page=1e309}, a date outside the supported range.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> Math.toIntExact(whole(name, v)));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> whole(name, v));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> QueryParams.date(name, v));
        }
        return null;
    }

    private static long whole(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    private static String queryName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query) {
                return query.value().isEmpty() ? "query" : query.value();
            }
        }
        return null;
    }

    /** Quarkus REST passes a WebApplicationException of a converter through; the mappers answer its problem. */
    private record Converter<T>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (ProblemException e) {
                throw new BadRequestException(e);
            } catch (ArithmeticException e) {
                throw new BadRequestException(ProblemException.invalid(name, "must be a whole number"));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
