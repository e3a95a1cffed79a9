package nl.trede.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration catalogue of every service module, built once per test JVM. */
final class Catalogs {

    private static Map<String, ConfigCatalog> all;

    private Catalogs() {
    }

    static synchronized Map<String, ConfigCatalog> all() {
        if (all == null) {
            Map<String, ConfigCatalog> map = new LinkedHashMap<>();
            for (String module : Repo.SERVICES) {
                map.put(module, ConfigCatalog.of(module));
            }
            all = map;
        }
        return all;
    }

    static ConfigCatalog of(String module) {
        return all().get(module);
    }
}
