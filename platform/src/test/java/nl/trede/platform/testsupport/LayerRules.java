package nl.trede.platform.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The layer rules of a Trede service (docs/architecture.md, "Layers in a service"), as ArchUnit rules a service's
 * test runs over its own main classes:
 *
 * <ol>
 *   <li>{@code domain} never depends on the service's {@code api} or {@code messaging}: a resource maps its request
 *       to a domain command, not the other way round;</li>
 *   <li>{@code domain} carries no JAX-RS, OpenAPI or Jackson annotations: the wire format belongs to {@code api};</li>
 *   <li>{@code messaging} does not depend on {@code api};</li>
 *   <li>a resource holds no queries and writes no entities: it does not use an {@code EntityManager} or a query
 *       object and calls no Panache query or persistence method; it calls a domain service.</li>
 * </ol>
 *
 * Use: {@code LayerRules.check("nl.trede.casework")} in a plain JUnit test of the service.
 */
public final class LayerRules {

    /** Panache static query methods and instance persistence methods a resource must leave to a service. */
    static final Set<String> PANACHE_DATA_METHODS = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update",
            "persist", "persistAndFlush", "getEntityManager");

    private LayerRules() {
    }

    /** The service's main classes (no tests, no jars). */
    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> rules(String basePackage) {
        String domain = basePackage + ".domain..";
        String api = basePackage + ".api..";
        String messaging = basePackage + ".messaging..";
        return List.of(
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(api, messaging)
                        .because("the domain is the inner layer: resources and consumers map to domain commands"),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..",
                                "org.eclipse.microprofile.openapi..", "com.fasterxml.jackson.annotation..")
                        .because("the wire format (JAX-RS, OpenAPI, Jackson annotations) belongs to the api layer"),
                noClasses().that().resideInAPackage(messaging)
                        .should().dependOnClassesThat().resideInAPackage(api)
                        .because("event consumers call the domain, not the REST layer"),
                noClasses().that().resideInAPackage(api)
                        .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName(
                                "io.quarkus.hibernate.orm.panache.PanacheQuery")
                        .orShould().callMethodWhere(panacheDataMethod())
                        .because("a resource holds no queries and writes no entities: it calls a domain service"));
    }

    /** Checks every rule; fails with every violation listed. */
    public static void check(String basePackage) {
        JavaClasses classes = mainClasses(basePackage);
        for (ArchRule rule : rules(basePackage)) {
            rule.allowEmptyShould(true).check(classes);
        }
    }

    static DescribedPredicate<JavaMethodCall> panacheDataMethod() {
        return DescribedPredicate.describe("a Panache query or persistence method",
                call -> PANACHE_DATA_METHODS.contains(call.getTarget().getName())
                        && (call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                        || call.getTargetOwner().isAssignableTo(
                                "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")));
    }
}
