package nl.trede.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rendered Kubernetes objects (the output of {@code kubectl kustomize}) and returns every violation as one
 * readable line; an empty list means the manifests pass. What is checked is listed in deploy/README.md
 * ("Verification").
 */
final class ManifestChecker {

    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");
    private static final Pattern JDBC_HOST = Pattern.compile("^jdbc:postgresql://([^:/,]+)");

    private final List<JsonNode> objects;
    private final Function<String, ConfigCatalog> catalogs;
    private final List<String> violations = new ArrayList<>();

    private ManifestChecker(List<JsonNode> objects, Function<String, ConfigCatalog> catalogs) {
        this.objects = objects;
        this.catalogs = catalogs;
    }

    /** @param catalogs the configuration catalogue of the module a Deployment of that name runs */
    static List<String> check(List<JsonNode> objects, Function<String, ConfigCatalog> catalogs) {
        ManifestChecker c = new ManifestChecker(objects, catalogs);
        c.run();
        return c.violations;
    }

    private void run() {
        List<JsonNode> deployments = of("Deployment");
        if (deployments.isEmpty()) {
            violations.add("no Deployment rendered");
        }
        for (JsonNode d : deployments) {
            checkDeployment(d);
        }
        for (JsonNode s : of("Service")) {
            checkService(s);
        }
        for (JsonNode i : of("Ingress")) {
            checkIngress(i);
        }
        checkNetworkPolicies();
        checkDatabasePolicies();
    }

    // --- Deployments ------------------------------------------------------------------------------------------

    private void checkDeployment(JsonNode d) {
        String id = id(d);
        JsonNode pod = d.path("spec").path("template").path("spec");
        JsonNode containers = pod.path("containers");
        if (!containers.isArray() || containers.isEmpty()) {
            violations.add(id + ": no containers");
            return;
        }
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        for (JsonNode c : containers) {
            String cid = id + " container " + c.path("name").asText("?");
            checkImage(cid, c.path("image").asText(""));
            checkProbes(cid, c);
            checkResources(cid, c.path("resources"));
            checkSecurity(cid, c, pod, podNonRoot);
        }
        checkEnv(d, id, containers);
        checkAutoscaling(d, id);
    }

    static String imageProblem(String image) {
        if (image.isBlank()) {
            return "no image";
        }
        if (image.contains("@sha256:")) {
            return null;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return "image " + image + " has no tag (it would mean latest)";
        }
        if (image.substring(colon + 1).equals("latest")) {
            return "image " + image + " uses the tag latest";
        }
        return null;
    }

    private void checkImage(String cid, String image) {
        String problem = imageProblem(image);
        if (problem != null) {
            violations.add(cid + ": " + problem);
        }
    }

    private void checkProbes(String cid, JsonNode c) {
        Set<String> ports = new LinkedHashSet<>();
        for (JsonNode p : c.path("ports")) {
            ports.add(p.path("name").asText());
            ports.add(p.path("containerPort").asText());
        }
        for (Map.Entry<String, String> probe : PROBES.entrySet()) {
            JsonNode node = c.path(probe.getKey());
            if (node.isMissingNode() || node.isNull()) {
                violations.add(cid + ": no " + probe.getKey());
                continue;
            }
            JsonNode http = node.path("httpGet");
            if (!probe.getValue().equals(http.path("path").asText())) {
                violations.add(cid + ": " + probe.getKey() + " must GET " + probe.getValue() + ", not "
                        + (http.isMissingNode() ? "a non-HTTP check" : http.path("path").asText()));
            }
            if (!ports.contains(http.path("port").asText())) {
                violations.add(cid + ": " + probe.getKey() + " port " + http.path("port").asText()
                        + " is not a port of the container");
            }
        }
    }

    private void checkResources(String cid, JsonNode r) {
        for (String kind : List.of("requests", "limits")) {
            for (String res : List.of("cpu", "memory")) {
                if (r.path(kind).path(res).asText("").isBlank()) {
                    violations.add(cid + ": no " + res + " " + kind.substring(0, kind.length() - 1));
                }
            }
        }
        long req = bytes(r.path("requests").path("memory").asText(""));
        long lim = bytes(r.path("limits").path("memory").asText(""));
        if (req > 0 && lim > 0 && req > lim) {
            violations.add(cid + ": memory request above its limit");
        }
    }

    static long bytes(String q) {
        Matcher m = Pattern.compile("^(\\d+)(Ki|Mi|Gi|K|M|G)?$").matcher(q);
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "K" -> n * 1000;
            case "M" -> n * 1000_000;
            case "G" -> n * 1000_000_000;
            default -> n;
        };
    }

    private void checkSecurity(String cid, JsonNode c, JsonNode pod, boolean podNonRoot) {
        JsonNode sc = c.path("securityContext");
        boolean nonRoot = sc.has("runAsNonRoot") ? sc.path("runAsNonRoot").asBoolean(false) : podNonRoot;
        if (!nonRoot) {
            violations.add(cid + ": runAsNonRoot is not true");
        }
        if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(cid + ": allowPrivilegeEscalation is not false");
        }
        boolean dropsAll = false;
        for (JsonNode cap : sc.path("capabilities").path("drop")) {
            dropsAll |= cap.asText().equals("ALL");
        }
        if (!dropsAll) {
            violations.add(cid + ": capabilities do not drop ALL");
        }
        if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add(cid + ": readOnlyRootFilesystem is not true");
            return;
        }
        boolean tmp = false;
        for (JsonNode mount : c.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                for (JsonNode v : pod.path("volumes")) {
                    tmp |= v.path("name").asText().equals(mount.path("name").asText()) && v.has("emptyDir");
                }
            }
        }
        if (!tmp) {
            violations.add(cid + ": read-only root filesystem without an emptyDir on /tmp");
        }
    }

    /** Every variable name given (env, or the keys of an envFrom ConfigMap) is read by the service; every required one is given. */
    private void checkEnv(JsonNode d, String id, JsonNode containers) {
        String name = d.path("metadata").path("name").asText();
        ConfigCatalog catalog = catalogs.apply(name);
        if (catalog == null) {
            violations.add(id + ": no service module named " + name + " to check its environment against");
            return;
        }
        Map<String, String> given = env(d, id, containers, violations);
        checkMountedFiles(d, id, catalog, given);
        for (String var : given.keySet()) {
            if (!catalog.reads(var)) {
                violations.add(id + ": sets " + var + ", which " + name + " does not read (no such property in its "
                        + "application.properties or config classes)");
            }
        }
        for (Map.Entry<String, String> req : catalog.requiredEnv().entrySet()) {
            if (!given.containsKey(req.getKey())) {
                violations.add(id + ": does not set " + req.getKey() + " (" + req.getValue() + ")");
            }
        }
    }

    /**
     * Every file the service reads from a {@code *.location} property (JWT keys) whose value is an absolute path
     * (the default, or the value the Deployment sets) is mounted: a volumeMount covers the directory and, when the
     * volume lists Secret/ConfigMap items, one item is that file.
     */
    private void checkMountedFiles(JsonNode d, String id, ConfigCatalog catalog, Map<String, String> given) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        for (ConfigCatalog.Property p : catalog.properties().values()) {
            if (!p.name().endsWith(".location") || p.optional()) {
                continue;
            }
            String file = given.containsKey(p.env()) ? given.get(p.env()) : p.prodValue();
            if (file == null || !file.startsWith("/")) {
                continue; // a URL (JWKS) or a classpath resource
            }
            boolean mounted = false;
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode mount : c.path("volumeMounts")) {
                    String dir = mount.path("mountPath").asText();
                    if (!file.startsWith(dir.endsWith("/") ? dir : dir + "/")) {
                        continue;
                    }
                    String rest = file.substring(dir.length()).replaceFirst("^/", "");
                    for (JsonNode v : pod.path("volumes")) {
                        if (!v.path("name").asText().equals(mount.path("name").asText())) {
                            continue;
                        }
                        JsonNode source = v.has("secret") ? v.path("secret") : v.path("configMap");
                        if (!source.has("items")) {
                            mounted = true;
                        }
                        for (JsonNode item : source.path("items")) {
                            mounted |= item.path("path").asText().equals(rest);
                        }
                    }
                }
            }
            if (!mounted) {
                violations.add(id + ": " + p.name() + " = " + file + " but no volume provides that file");
            }
        }
    }

    /** Name → value (null when it comes from a Secret) of every variable of the Deployment's containers. */
    private Map<String, String> env(JsonNode d, String id, JsonNode containers, List<String> problems) {
        Map<String, String> given = new LinkedHashMap<>();
        String ns = ns(d);
        for (JsonNode c : containers) {
            for (JsonNode from : c.path("envFrom")) {
                if (from.has("configMapRef")) {
                    String cm = from.path("configMapRef").path("name").asText();
                    JsonNode map = find("ConfigMap", ns, cm);
                    if (map == null) {
                        problems.add(id + ": envFrom ConfigMap " + cm + " is not part of the manifests");
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> e : map.path("data").properties()) {
                        given.put(e.getKey(), e.getValue().asText());
                    }
                } else {
                    problems.add(id + ": envFrom " + from.fieldNames().next()
                            + " cannot be checked; name the variables with env/valueFrom");
                }
            }
            for (JsonNode e : c.path("env")) {
                JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                String value = e.has("value") ? e.path("value").asText() : null;
                if (!ref.isMissingNode()) {
                    JsonNode map = find("ConfigMap", ns, ref.path("name").asText());
                    if (map == null || !map.path("data").has(ref.path("key").asText())) {
                        problems.add(id + ": " + e.path("name").asText() + " refers to a missing ConfigMap key");
                    } else {
                        value = map.path("data").path(ref.path("key").asText()).asText();
                    }
                }
                given.put(e.path("name").asText(), value);
            }
        }
        return given;
    }

    private void checkAutoscaling(JsonNode d, String id) {
        String name = d.path("metadata").path("name").asText();
        JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
        boolean hpa = false;
        for (JsonNode h : of("HorizontalPodAutoscaler")) {
            JsonNode target = h.path("spec").path("scaleTargetRef");
            if (ns(h).equals(ns(d)) && target.path("kind").asText().equals("Deployment")
                    && target.path("name").asText().equals(name)) {
                hpa = true;
                int min = h.path("spec").path("minReplicas").asInt(1);
                int max = h.path("spec").path("maxReplicas").asInt(0);
                if (min < 1 || max < min) {
                    violations.add(id(h) + ": minReplicas " + min + " / maxReplicas " + max + " make no sense");
                }
            }
        }
        if (!hpa) {
            violations.add(id + ": no HorizontalPodAutoscaler");
        }
        boolean pdb = false;
        for (JsonNode p : of("PodDisruptionBudget")) {
            pdb |= ns(p).equals(ns(d)) && selects(p.path("spec").path("selector"), labels);
        }
        if (!pdb) {
            violations.add(id + ": no PodDisruptionBudget selects its pods");
        }
    }

    // --- Services and Ingress -----------------------------------------------------------------------------------

    private void checkService(JsonNode s) {
        String id = id(s);
        JsonNode selector = s.path("spec").path("selector");
        if (!selector.isObject() || selector.isEmpty()) {
            violations.add(id + ": no selector");
            return;
        }
        JsonNode target = null;
        for (JsonNode d : of("Deployment")) {
            if (ns(d).equals(ns(s)) && contains(d.path("spec").path("template").path("metadata").path("labels"), selector)) {
                target = d;
            }
        }
        if (target == null) {
            violations.add(id + ": selector " + selector + " matches no Deployment's pods");
            return;
        }
        Set<String> ports = new LinkedHashSet<>();
        for (JsonNode c : target.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode p : c.path("ports")) {
                ports.add(p.path("name").asText());
                ports.add(p.path("containerPort").asText());
            }
        }
        for (JsonNode p : s.path("spec").path("ports")) {
            String tp = p.has("targetPort") ? p.path("targetPort").asText() : p.path("port").asText();
            if (!ports.contains(tp)) {
                violations.add(id + ": targetPort " + tp + " is not a port of " + id(target));
            }
        }
    }

    private void checkIngress(JsonNode i) {
        for (JsonNode rule : i.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String svc = path.path("backend").path("service").path("name").asText();
                if (find("Service", ns(i), svc) == null) {
                    violations.add(id(i) + ": backend Service " + svc + " does not exist");
                }
            }
        }
    }

    /** Names of the Deployments whose pods an Ingress reaches (through their Service): the public entry. */
    private Set<String> exposed() {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode i : of("Ingress")) {
            for (JsonNode rule : i.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode svc = find("Service", ns(i), path.path("backend").path("service").path("name").asText());
                    if (svc != null) {
                        for (JsonNode d : of("Deployment")) {
                            if (contains(d.path("spec").path("template").path("metadata").path("labels"),
                                    svc.path("spec").path("selector"))) {
                                names.add(d.path("metadata").path("name").asText());
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    // --- NetworkPolicies ---------------------------------------------------------------------------------------

    private void checkNetworkPolicies() {
        List<JsonNode> policies = of("NetworkPolicy");
        Set<String> namespaces = new LinkedHashSet<>();
        of("Deployment").forEach(d -> namespaces.add(ns(d)));
        for (String ns : namespaces) {
            boolean deny = policies.stream().anyMatch(p -> ns(p).equals(ns)
                    && p.path("spec").path("podSelector").path("matchLabels").isEmpty()
                    && p.path("spec").path("podSelector").path("matchExpressions").isEmpty()
                    && p.path("spec").path("policyTypes").toString().contains("Ingress")
                    && p.path("spec").path("ingress").isEmpty());
            if (!deny) {
                violations.add("namespace " + (ns.isEmpty() ? "<none>" : ns)
                        + ": no default-deny ingress NetworkPolicy (podSelector {}, no ingress rules)");
            }
        }
        Set<String> exposed = exposed();
        for (JsonNode d : of("Deployment")) {
            String name = d.path("metadata").path("name").asText();
            JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
            List<JsonNode> own = policies.stream().filter(p -> ns(p).equals(ns(d))
                    && (!p.path("spec").path("podSelector").path("matchLabels").isEmpty()
                    || !p.path("spec").path("podSelector").path("matchExpressions").isEmpty()))
                    .filter(p -> selects(p.path("spec").path("podSelector"), labels)).toList();
            if (own.isEmpty()) {
                violations.add(id(d) + ": no NetworkPolicy selects its pods");
                continue;
            }
            for (JsonNode p : own) {
                for (JsonNode rule : p.path("spec").path("ingress")) {
                    if (!rule.has("from") || rule.path("from").isEmpty()) {
                        violations.add(id(p) + ": allows " + name + " from anywhere");
                    }
                    for (JsonNode peer : rule.path("from")) {
                        boolean outside = peer.has("ipBlock") || peer.has("namespaceSelector");
                        if (outside && !exposed.contains(name)) {
                            violations.add(id(p) + ": lets traffic from outside the namespace reach " + name
                                    + ", which is not behind the Ingress");
                        }
                    }
                }
            }
        }
        // Every call one service makes to another (a URL in its configuration naming a Service) is allowed.
        for (JsonNode caller : of("Deployment")) {
            JsonNode callerLabels = caller.path("spec").path("template").path("metadata").path("labels");
            for (String value : env(caller, id(caller), caller.path("spec").path("template").path("spec")
                    .path("containers"), new ArrayList<>()).values()) {
                String host = host(value);
                JsonNode svc = host == null ? null : find("Service", ns(caller), host);
                if (svc == null) {
                    continue;
                }
                for (JsonNode callee : of("Deployment")) {
                    JsonNode calleeLabels = callee.path("spec").path("template").path("metadata").path("labels");
                    if (ns(callee).equals(ns(caller)) && contains(calleeLabels, svc.path("spec").path("selector"))
                            && !allowed(ns(callee), calleeLabels, callerLabels)) {
                        violations.add(id(caller) + " calls " + host + " but no NetworkPolicy lets it reach "
                                + id(callee));
                    }
                }
            }
        }
    }

    /** Each PostgreSQL cluster (CloudNativePG) is reachable only from the service whose JDBC URL names it. */
    private void checkDatabasePolicies() {
        for (JsonNode cluster : of("Cluster")) {
            if (!cluster.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                continue;
            }
            String name = cluster.path("metadata").path("name").asText();
            List<JsonNode> users = new ArrayList<>();
            for (JsonNode d : of("Deployment")) {
                for (String v : env(d, id(d), d.path("spec").path("template").path("spec").path("containers"),
                        new ArrayList<>()).values()) {
                    Matcher m = v == null ? null : JDBC_HOST.matcher(v);
                    if (m != null && m.find() && m.group(1).startsWith(name + "-")) {
                        users.add(d);
                    }
                }
            }
            JsonNode dbPods = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("cnpg.io/cluster", name);
            List<JsonNode> policies = of("NetworkPolicy").stream().filter(p -> ns(p).equals(ns(cluster))
                    && !p.path("spec").path("podSelector").path("matchLabels").isEmpty()
                    && selects(p.path("spec").path("podSelector"), dbPods)).toList();
            if (policies.isEmpty()) {
                violations.add(id(cluster) + ": no NetworkPolicy guards the database pods");
            }
            for (JsonNode p : policies) {
                for (JsonNode rule : p.path("spec").path("ingress")) {
                    for (JsonNode peer : rule.path("from")) {
                        if (!peer.has("podSelector") || peer.has("namespaceSelector")) {
                            continue; // the operator's namespace; checked by its label only
                        }
                        for (JsonNode d : of("Deployment")) {
                            boolean user = users.contains(d);
                            if (!user && selects(peer.path("podSelector"),
                                    d.path("spec").path("template").path("metadata").path("labels"))) {
                                violations.add(id(p) + ": lets " + id(d) + " reach database " + name);
                            }
                        }
                    }
                }
            }
            for (JsonNode d : users) {
                if (!allowed(ns(cluster), dbPods, d.path("spec").path("template").path("metadata").path("labels"))) {
                    violations.add(id(d) + " uses database " + name + " but no NetworkPolicy lets it in");
                }
            }
        }
    }

    /** Whether some policy selecting {@code target} pods admits pods labelled {@code source} (same namespace). */
    private boolean allowed(String ns, JsonNode target, JsonNode source) {
        for (JsonNode p : of("NetworkPolicy")) {
            if (!ns(p).equals(ns) || !selects(p.path("spec").path("podSelector"), target)) {
                continue;
            }
            for (JsonNode rule : p.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector")
                            && selects(peer.path("podSelector"), source)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String host(String value) {
        if (value == null || !value.matches("^https?://.*")) {
            return null;
        }
        try {
            return URI.create(value).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- label selectors and lookups -------------------------------------------------------------------------

    /** A LabelSelector (matchLabels + matchExpressions In/NotIn/Exists/DoesNotExist) against a label map. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (!contains(labels, selector.path("matchLabels"))) {
            return false;
        }
        for (JsonNode e : selector.path("matchExpressions")) {
            String key = e.path("key").asText();
            Set<String> values = new LinkedHashSet<>();
            e.path("values").forEach(v -> values.add(v.asText()));
            boolean has = labels.has(key);
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> has && values.contains(labels.path(key).asText());
                case "NotIn" -> !has || !values.contains(labels.path(key).asText());
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode labels, JsonNode wanted) {
        for (Map.Entry<String, JsonNode> e : wanted.properties()) {
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private List<JsonNode> of(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private JsonNode find(String kind, String ns, String name) {
        return of(kind).stream().filter(o -> ns(o).equals(ns) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElse(null);
    }

    private static String ns(JsonNode o) {
        return o.path("metadata").path("namespace").asText("");
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }
}
