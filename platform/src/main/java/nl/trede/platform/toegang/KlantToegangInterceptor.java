package nl.trede.platform.toegang;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;

/**
 * The one per-record check of a service whose resources carry {@link KlantRecords} (README "Tokens and roles"). Before
 * an operation runs — reads and actions alike, and an operation added later to the class without any code of its own —
 * it finds the klanten the request names: the klant of the record in {@code {id}} (through the service's
 * {@link KlantRecordBron}), the klant in {@code {klantId}}, and the {@code klantId} of the request body. A klant the
 * caller may not see ({@link KlantInzage#magLezen}) is answered exactly as a record that does not exist: 404
 * problem+json, the same detail, nothing changed, the refusal recorded as {@code geweigerd} in the audit log. A klant the
 * caller may see but not act for (a klantmanager whose only zaak with the klant is closed) gets 403 on an action.
 *
 * <p>It runs before the transaction and the audit interceptors of the operation; the role per operation
 * ({@code @RolesAllowed}, 403) is checked before it. A malformed or unknown id passes: the operation answers it as
 * before (400, or 404).
 */
@KlantRecords
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class KlantToegangInterceptor {

    private enum Rol { RECORD, KLANT, BODY, ANDERS }

    private static final Map<Method, Rol[]> ROLLEN = new ConcurrentHashMap<>();

    private final KlantToegang toegang;
    private final Instance<KlantRecordBron> bron;
    private final Verwerkingen verwerkingen;

    public KlantToegangInterceptor(KlantToegang toegang, Instance<KlantRecordBron> bron, Verwerkingen verwerkingen) {
        this.toegang = toegang;
        this.bron = bron;
        this.verwerkingen = verwerkingen;
    }

    @AroundInvoke
    Object toets(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        KlantRecords binding = method.getAnnotation(KlantRecords.class);
        if (binding == null) {
            binding = method.getDeclaringClass().getAnnotation(KlantRecords.class);
        }
        if (binding == null || toegang.aanroeper().volledig()) {
            return context.proceed();
        }
        boolean handelen = !method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(HEAD.class);
        String soort = binding.value();
        Rol[] rollen = ROLLEN.computeIfAbsent(method, KlantToegangInterceptor::rollen);
        Object[] parameters = context.getParameters();
        for (int i = 0; i < rollen.length; i++) {
            Object waarde = parameters[i];
            switch (rollen[i]) {
                case RECORD -> {
                    UUID id = uuid(waarde);
                    if (id != null && !soort.isEmpty()) {
                        var klant = bron.get().klantVan(soort, id);
                        if (klant.isPresent()) {
                            toets(klant.get(), handelen, soort, id, () -> bron.get().nietGevonden(soort, id));
                        }
                    }
                }
                case KLANT -> {
                    UUID klant = uuid(waarde);
                    if (klant != null) {
                        toets(klant, handelen, "klant", klant, () -> bron.get().nietGevonden("klant", klant));
                    }
                }
                case BODY -> {
                    UUID klant = klantIdVan(waarde);
                    if (klant != null) {
                        toets(klant, handelen, "klant", klant, () -> bron.get().nietGevonden("klant", klant));
                    }
                }
                default -> {
                }
            }
        }
        return context.proceed();
    }

    private void toets(UUID klant, boolean handelen, String soort, UUID id,
                       java.util.function.Supplier<RuntimeException> nietGevonden) {
        // One query and one transaction for both questions: a write checks reading and acting on the same zaken.
        KlantToegang.Recht recht = toegang.recht(klant);
        if (!recht.lezen()) {
            // A refusal is itself a processing attempt on the klant's data (Logboek dataverwerkingen): recorded as
            // geweigerd, in a transaction of its own; the answer tells nothing of the record.
            verwerkingen.geweigerd(bron.get().activiteit(soort), handelen ? Actie.WIJZIGEN : Actie.LEZEN, soort, id,
                    klant);
            throw nietGevonden.get();
        }
        if (handelen && !recht.handelen()) {
            verwerkingen.geweigerd(bron.get().activiteit(soort), Actie.WIJZIGEN, soort, id, klant);
            throw new nl.trede.platform.problem.ProblemException(403, "zaak-afgesloten", "Forbidden",
                    "Your teams' zaak with this klant is closed: its records can be read, not changed. A handhaver "
                            + "or the team of the klant's open zaak acts on them.", null, null);
        }
    }

    private static UUID uuid(Object waarde) {
        if (waarde instanceof UUID u) {
            return u;
        }
        if (waarde instanceof String s) {
            try {
                return UUID.fromString(s.strip());
            } catch (IllegalArgumentException e) {
                return null; // the operation answers a malformed id (400)
            }
        }
        return null;
    }

    /** The {@code klantId} a request body names: a record (or class) with a {@code klantId()} of type UUID. */
    static UUID klantIdVan(Object body) {
        if (body == null) {
            return null;
        }
        Class<?> type = body.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if ("klantId".equals(c.getName())) {
                    try {
                        return uuid(c.getAccessor().invoke(body));
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** What each parameter of an operation is: the {@code {id}}, the {@code {klantId}}, the body, or other. */
    static Rol[] rollen(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        List<Rol> rollen = new ArrayList<>();
        for (Annotation[] a : annotations) {
            Rol rol = Rol.BODY;
            for (Annotation x : a) {
                if (x instanceof PathParam p) {
                    rol = "id".equals(p.value()) ? Rol.RECORD : "klantId".equals(p.value()) ? Rol.KLANT : Rol.ANDERS;
                } else if (x instanceof QueryParam || x instanceof HeaderParam || x instanceof Context
                        || x instanceof BeanParam || x instanceof CookieParam || x instanceof FormParam
                        || x instanceof MatrixParam || x.annotationType().getName().startsWith("org.jboss.resteasy")) {
                    rol = Rol.ANDERS;
                }
            }
            rollen.add(rol);
        }
        return rollen.toArray(Rol[]::new);
    }
}
