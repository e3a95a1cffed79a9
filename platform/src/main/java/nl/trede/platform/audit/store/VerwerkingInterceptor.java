package nl.trede.platform.audit.store;

import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.util.UUID;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.Verwerkingsactiviteit;

/**
 * The one way an endpoint is recorded in the audit log (Logboek dataverwerkingen). A service declares a binding
 * annotation (casework {@code @ZaakVerwerking}, enforcement and the ladder {@code @KlantVerwerking}, intake
 * {@code @MeldingVerwerking}) and one interceptor for it that extends this class and tells how the service finds the
 * klant of a request (its resolver, {@link #klantVan}).
 *
 * <p>For each annotated call: the binding on the method (else on its class) says the activity, the action and the
 * resource type; the request's id is its first UUID parameter ({@link #id}); on success one {@code geslaagd} record
 * for the klant the id leads to, after the method and inside its transaction (the interceptor runs inside
 * {@code @Transactional}: {@link #PRIORITY} is a higher number, an inner interceptor), so a change and its record
 * commit together. A failed call leaves no record, except a row-level 403 ({@code geweigerd}, in a transaction of its
 * own, {@link Verwerkingen#bewaakt}). No klant found (the call failed with a 404 anyway): nothing is recorded.
 *
 * <p>A service's interceptor is a few lines:
 * <pre>{@code
 * @ZaakVerwerking @Interceptor @Priority(VerwerkingInterceptor.PRIORITY)
 * public class ZaakVerwerkingInterceptor extends VerwerkingInterceptor<ZaakVerwerking> {
 *     ZaakVerwerkingInterceptor(Verwerkingen v) { super(v, ZaakVerwerking.class); }
 *     @AroundInvoke Object record(InvocationContext c) throws Exception { return vastleggen(c); }
 *     protected Verwerking verwerking(ZaakVerwerking b) { return new Verwerking(b.activiteit(), b.actie(), b.resource()); }
 *     protected UUID klantVan(ZaakVerwerking b, Object id) { ... }
 * }
 * }</pre>
 *
 * @param <A> the service's binding annotation
 */
public abstract class VerwerkingInterceptor<A extends Annotation> {

    /** The priority of every audit interceptor: inside {@code @Transactional} and the per-record access check. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 300;

    /** What one annotated endpoint records. */
    public record Verwerking(Verwerkingsactiviteit activiteit, Actie actie, String resourceType) {
    }

    private final Verwerkingen verwerkingen;
    private final Class<A> binding;

    protected VerwerkingInterceptor(Verwerkingen verwerkingen, Class<A> binding) {
        this.verwerkingen = verwerkingen;
        this.binding = binding;
    }

    /** The activity, action and resource type the binding names. */
    protected abstract Verwerking verwerking(A binding);

    /** The klant the request's id leads to; null when there is none (the call then failed with a 404 anyway). */
    protected abstract UUID klantVan(A binding, Object id);

    /** The id of the request, also the record's resource id: by default the first UUID parameter. */
    protected Object id(A binding, Object[] parameters) {
        for (Object parameter : parameters) {
            if (parameter instanceof UUID uuid) {
                return uuid;
            }
        }
        throw new IllegalStateException("@" + this.binding.getSimpleName() + " needs a UUID parameter");
    }

    /** Runs the call and records it; a service's {@code @AroundInvoke} method calls this. */
    protected final Object vastleggen(InvocationContext context) throws Exception {
        A b = context.getMethod().getAnnotation(binding);
        if (b == null) {
            b = context.getMethod().getDeclaringClass().getAnnotation(binding);
        }
        if (b == null) {
            throw new IllegalStateException(context.getMethod() + " has no @" + binding.getSimpleName());
        }
        A annotatie = b;
        Object id = id(annotatie, context.getParameters());
        Verwerking v = verwerking(annotatie);
        Object result = verwerkingen.bewaakt(v.activiteit(), v.actie(), v.resourceType(), id,
                () -> klantVan(annotatie, id), () -> proceed(context));
        UUID klant = klantVan(annotatie, id);
        if (klant != null) {
            verwerkingen.vastleggen(v.activiteit(), v.actie(), v.resourceType(), id, klant);
        }
        return result;
    }

    private static Object proceed(InvocationContext context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
