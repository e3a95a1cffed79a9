package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.trede.platform.testsupport.TestDag;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirement "benchmark suite with published figures": the whole suite on loopback (started by {@link Stack}), each
 * endpoint measured directly against its service and through the gateway, event latency end to end, start-up time
 * and memory per service and the PostgreSQL commit floor; writes {@code docs/BENCHMARKS.md}. Not a test: the name
 * keeps it out of Surefire's default includes, so {@code mvnw verify} never runs it; {@code deploy/local/benchmark.sh}
 * does. It fails only when it measured nothing; missed targets are reported, not asserted.
 */
@ExtendWith(Stack.class)
class TredeBenchmark {

    private static final int WORKERS = Integer.getInteger("trede.benchmark.workers", 32);
    private static final int RATE = Integer.getInteger("trede.benchmark.rate", 200);
    private static final int WARMUP_SECONDS = Integer.getInteger("trede.benchmark.warmup-seconds", 10);
    /** Before anything is measured: the JIT of freshly started JVMs compiles for tens of seconds on two cores. */
    private static final int JIT_WARMUP_SECONDS = Integer.getInteger("trede.benchmark.jit-warmup-seconds", 40);
    private static final int RATE_SECONDS = Integer.getInteger("trede.benchmark.rate-seconds", 10);
    private static final int SATURATION_SECONDS = Integer.getInteger("trede.benchmark.seconds", 12);
    /** Requests of a prepared pool (doorzetten, voorstel) for the warm-up and for the saturation run, per path. */
    private static final int POOL_WARMUP = Integer.getInteger("trede.benchmark.pool-warmup", 500);
    private static final int POOL_SATURATION = Integer.getInteger("trede.benchmark.pool", 1500);
    /** What one path of a pooled endpoint uses: the warm-up, the fixed-rate run and the saturation run. */
    private static final int POOL_PER_PATH = POOL_WARMUP + RATE * RATE_SECONDS + POOL_SATURATION;
    private static final int E2E_SAMPLES = Integer.getInteger("trede.benchmark.e2e-samples", 100);
    private static final int PGBENCH_SECONDS = Integer.getInteger("trede.benchmark.pgbench-seconds", 10);
    private static final String COMMAND = System.getProperty("trede.benchmark.command",
            "deploy/local/benchmark.sh");

    private static final Path ROOT = Path.of(System.getProperty("trede.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("gateway", "intake", "casework", "enforcement", "ladder");
    private static final int INTAKE = 1;
    private static final int CASEWORK = 2;
    private static final int ENFORCEMENT = 3;
    private static final int LADDER = 4;
    private static final LocalDate VANDAAG = TestDag.vandaag();
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request of an endpoint, relative to the base URL (the service itself or the gateway). */
    record Call(String method, String path, String role, String json, String ifMatch) {
        static Call of(String method, String path, String role, String json) {
            return new Call(method, path, role, json, null);
        }

        HttpRequest request(String base) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Flows.TIMEOUT)
                    .header("Authorization", Stack.bearer(role)).header("Accept", "application/json");
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            return json == null ? b.method(method, HttpRequest.BodyPublishers.noBody()).build()
                    : b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        }
    }

    /**
     * A measured operation: its service (port offset) and where its requests come from for one run. Unpooled
     * endpoints make a fresh request each time; pooled ones hand out prepared requests and answer null when used up.
     */
    record Endpoint(String name, String operation, int service, Supplier<Supplier<Call>> perRun, boolean pooled) {
    }

    /** One run of one endpoint: latencies (µs), 2xx count, the other answers by status, and the real duration. */
    record Run(Histogram latencies, long ok, Map<String, Long> errors, double seconds) {
        double throughput() {
            return ok / seconds;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    record Measurement(Endpoint endpoint, String path, int rate, Run fixedRate, Run saturation,
                       Map<String, Double> cpu) {
    }

    /** One event hop: latencies (µs) of the samples that arrived, and how many did not within 30 s. */
    record E2e(String name, Histogram latencies, AtomicLong timeouts) {
        E2e(String name) {
            this(name, new Histogram(HIGHEST_MICROS, 3), new AtomicLong());
        }
    }

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> idleRss = new LinkedHashMap<>();
    private final Map<String, Long> maxRss = new ConcurrentHashMap<>();
    private final ExecutorService prep = Executors.newFixedThreadPool(16);
    private final List<String> zaakIds = new ArrayList<>();
    /** The klanten of {@link #zaakIds}: a klantmanager of the default team may record their metingen. */
    private static final List<String> KLANTEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void benchmark() throws Exception {
        for (String name : SERVICES) {
            long pid = Long.parseLong(Files.readString(ROOT.resolve(Stack.RUN_DIR).resolve(name + ".pid")).strip());
            pids.put(name, pid);
            idleRss.put(name, rssKb(pid));
        }
        Map<String, double[]> startup = startupSeconds();
        Thread sampler = new Thread(this::sampleRss, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();

        List<Measurement> measurements = new ArrayList<>();
        List<Endpoint> endpoints = List.of(
                new Endpoint("create melding", "POST /api/intake/v1/meldingen", INTAKE,
                        () -> TredeBenchmark::createMelding, false),
                new Endpoint("doorzetten", "POST /api/intake/v1/meldingen/{id}/doorzetten", INTAKE,
                        () -> pool(TredeBenchmark::doorzetbareMelding, POOL_PER_PATH)::poll, true),
                new Endpoint("get zaak", "GET /api/casework/v1/zaken/{id}", CASEWORK,
                        () -> () -> Call.of("GET", "/api/casework/v1/zaken/"
                                + zaakIds.get(ThreadLocalRandom.current().nextInt(zaakIds.size())), "teamleider", null),
                        false),
                new Endpoint("list zaken", "GET /api/casework/v1/zaken?status=open&pageSize=20", CASEWORK,
                        () -> () -> Call.of("GET", "/api/casework/v1/zaken?status=open&pageSize=20", "teamleider", null),
                        false),
                new Endpoint("record meting", "POST /api/ladder/v1/metingen", LADDER,
                        () -> TredeBenchmark::meting, false),
                new Endpoint("propose maatregel", "POST /api/enforcement/v1/gedragingen/{id}/voorstel (If-Match)",
                        ENFORCEMENT, () -> pool(TredeBenchmark::gehoordeGedraging, POOL_PER_PATH)::poll, true));
        Run jit = closedLoop(TredeBenchmark::createMelding, Stack.GATEWAY, Duration.ofSeconds(JIT_WARMUP_SECONDS),
                Long.MAX_VALUE);
        log("JIT warm-up: %d meldingen created through the gateway in %.0f s", jit.ok(), jit.seconds());
        for (Endpoint endpoint : endpoints) {
            if (endpoint.service() == CASEWORK && zaakIds.isEmpty()) {
                zaakIds.addAll(settledZaken());
            }
            // The fixed rate is RATE, or half of what the service sustains directly when that is less: above its
            // capacity a fixed rate measures only the queue (and the gateway's load shedding), not latency.
            Measurement direct = measure(endpoint, "direct", Stack.serviceUrl(endpoint.service()), 0);
            measurements.add(direct);
            measurements.add(measure(endpoint, "gateway", Stack.GATEWAY, direct.rate()));
        }
        List<E2e> e2e = endToEnd();
        sampler.interrupt();
        Map<String, double[]> alone = isolatedStarts();
        Map<String, String> pgbench = pgbenchOrError();

        for (Measurement m : measurements) {
            assertTrue(m.fixedRate().ok() > 0 && m.saturation().ok() > 0,
                    m.endpoint().name() + " " + m.path() + ": no successful request");
        }
        for (E2e flow : e2e) {
            assertTrue(flow.latencies().getTotalCount() > 0, flow.name() + ": no sample");
        }
        Path report = ROOT.resolve("docs/BENCHMARKS.md");
        Files.createDirectories(report.getParent());
        String analysis = Files.exists(report) ? keptAnalysis(Files.readString(report)) : "";
        Files.writeString(report, new Report(measurements, e2e, startup, alone, pgbench).markdown() + analysis);
        System.out.println("[trede] benchmark report: " + report);
        prep.shutdownNow();
    }

    // --- requests --------------------------------------------------------------------------------------------------

    private static Call createMelding() {
        return Call.of("POST", "/api/intake/v1/meldingen", "intake-medewerker", meldingJson());
    }

    private static String meldingJson() {
        return "{\"type\":\"aanvraag-levensonderhoud\",\"bsn\":\"" + MeldingToZaakSystemTest.randomBsn()
                + "\",\"naam\":\"B. Bench\",\"geboortedatum\":\"1988-02-03\",\"kanaal\":\"digitaal\"}";
    }

    /**
     * A meting for one of the klanten of the settled zaken: they are in the team queue of the klantmanager's team, and
     * the ladder lets a klantmanager record metingen only for such klanten (README "Tokens and roles").
     */
    private static Call meting() {
        String klant = KLANTEN.isEmpty() ? UUID.randomUUID().toString()
                : KLANTEN.get(ThreadLocalRandom.current().nextInt(KLANTEN.size()));
        return Call.of("POST", "/api/ladder/v1/metingen", "klantmanager", "{\"klantId\":\"" + klant
                + "\",\"model\":{\"code\":\"heemskerk\"},\"trede\":2,\"subTreden\":[\"2.2\"],\"meetdatum\":\""
                + VANDAAG + "\",\"bron\":\"klantmanager-gesprek\",\"aanleiding\":\"periodiek\"}");
    }

    /** A melding through screening, ambitiegesprek and klantgroep at intake itself; its doorzetten request. */
    private static Call doorzetbareMelding() {
        String base = Stack.serviceUrl(INTAKE);
        String id = Flows.expect(201, Flows.send("POST", base + "/api/intake/v1/meldingen", "intake-medewerker",
                meldingJson())).json().path("id").asText();
        String melding = "/api/intake/v1/meldingen/" + id;
        Flows.expect(200, Flows.send("POST", base + melding + "/screening", "intake-medewerker",
                "{\"hulpvraag\":[\"inkomen\",\"werk\"],\"juisteLoket\":\"gemeente\",\"rapportage\":\"Screening.\"}"));
        Flows.expect(200, Flows.send("POST", base + melding + "/ambitiegesprek", "intake-medewerker",
                "{\"zelfbeoordeling\":\"dariuz\",\"resultaat\":\"Wil aan het werk.\"}"));
        Flows.expect(200, Flows.send("POST", base + melding + "/klantgroep-besluiten", "intake-medewerker",
                "{\"klantgroep\":\"matchen\",\"reden\":\"Binnen zes maanden aan het werk.\"}"));
        return Call.of("POST", melding + "/doorzetten", "intake-medewerker", null);
    }

    /** A no-show registered at enforcement itself, hoorverzoek sent and heard; its voorstel request. */
    private static Call gehoordeGedraging() {
        String base = Stack.serviceUrl(ENFORCEMENT);
        String id = Flows.expect(201, Flows.send("POST", base + "/api/enforcement/v1/gedragingen", "handhaver",
                "{\"klantId\":\"" + UUID.randomUUID() + "\",\"categorie\":\"no-show\",\"datum\":\""
                        + VANDAAG.minusDays(20) + "\"}")).json().path("id").asText();
        stap(base, id, "hoorverzoek", HOORVERZOEK);
        stap(base, id, "horen", HOREN);
        return new Call("POST", "/api/enforcement/v1/gedragingen/" + id + "/voorstel", "handhaver", VOORSTEL,
                etag(base, id));
    }

    private static final String HOORVERZOEK = "{\"kanaal\":\"brief\",\"verzondenOp\":\"" + VANDAAG.minusDays(7)
            + "\",\"gesprekOp\":\"" + VANDAAG.minusDays(1) + "\"}";
    private static final String HOREN = "{\"gehoordOp\":\"" + VANDAAG.minusDays(1) + "\"}";
    private static final String VOORSTEL = "{\"verwijtbaar\":true,\"waarschuwing\":false,\"normPerMaand\":1401.53}";

    /**
     * One step of the handhaver on a gedraging, with the version read just before as If-Match (a step's own answer
     * may still carry the version before it, so it is read anew, as GedragingToMaatregelSystemTest does).
     */
    private static void stap(String base, String id, String actie, String json) {
        Flows.expect(200, send(base, new Call("POST", "/api/enforcement/v1/gedragingen/" + id + "/" + actie,
                "handhaver", json, etag(base, id))));
    }

    /** The gedraging's current version as an entity tag for If-Match. */
    private static String etag(String base, String id) {
        return "\"" + Flows.expect(200, Flows.send("GET", base + "/api/enforcement/v1/gedragingen/" + id, "handhaver",
                null)).json().path("version").asLong() + "\"";
    }

    private static Flows.Answer send(String base, Call call) {
        return Flows.send(call.request(base));
    }

    /** Prepares {@code size} requests, 16 at a time; a preparation that fails is left out (and counted in the log). */
    private Queue<Call> pool(Supplier<Call> make, int size) {
        Queue<Call> pool = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        Map<String, String> firstFailure = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        CompletableFuture.allOf(IntStream.range(0, size)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    try {
                        pool.add(make.get());
                    } catch (AssertionError e) {
                        failed.incrementAndGet();
                        firstFailure.putIfAbsent("first", e.getMessage());
                    }
                }, prep)).toArray(CompletableFuture[]::new)).join();
        log("prepared %d requests in %.1f s (%d preparations failed%s)", pool.size(),
                (System.nanoTime() - start) / 1e9, failed.get(),
                firstFailure.isEmpty() ? "" : "; first: " + firstFailure.get("first"));
        return pool;
    }

    /**
     * Waits until casework has made the zaken of all doorgezette meldingen (the count stops changing), then takes up
     * to 500 of their ids for the get-zaak runs.
     */
    private static List<String> settledZaken() throws InterruptedException {
        String url = Stack.serviceUrl(CASEWORK) + "/api/casework/v1/zaken?pageSize=100&page=";
        long previous = -1;
        long total = Flows.expect(200, Flows.send("GET", url + 1, "teamleider", null)).json().path("totalItems").asLong();
        while (total != previous) {
            Thread.sleep(2_000);
            previous = total;
            total = Flows.expect(200, Flows.send("GET", url + 1, "teamleider", null)).json().path("totalItems").asLong();
        }
        log("casework holds %d zaken", total);
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            Flows.expect(200, Flows.send("GET", url + page, "teamleider", null)).json().path("zaken")
                    .forEach(z -> {
                        ids.add(z.path("id").asText());
                        KLANTEN.add(z.path("klantId").asText());
                    });
        }
        return ids;
    }

    // --- load ------------------------------------------------------------------------------------------------------

    /** Warm-up, saturation, then the fixed rate: {@code rate}, or (0) derived from this saturation run. */
    private Measurement measure(Endpoint endpoint, String path, String base, int rate) {
        Supplier<Call> calls = endpoint.perRun().get();
        long warmupBudget = endpoint.pooled() ? POOL_WARMUP : Long.MAX_VALUE;
        Run warmup = closedLoop(calls, base, Duration.ofSeconds(WARMUP_SECONDS), warmupBudget);
        long[] cpuBefore = cpuTicks();
        Run saturation = closedLoop(calls, base, Duration.ofSeconds(SATURATION_SECONDS),
                endpoint.pooled() ? POOL_SATURATION : Long.MAX_VALUE);
        Map<String, Double> cpu = cpuPercent(cpuBefore, cpuTicks(), saturation.seconds());
        int fixedRate = rate > 0 ? rate : (int) Math.max(1, Math.min(RATE, saturation.throughput() / 2));
        Run fixed = fixedRate(calls, base, fixedRate, (long) fixedRate * RATE_SECONDS);
        log("%s %s: warm-up %d ok/%d errors; saturation %.0f req/s over %.1f s (%d errors); %d req/s fixed p99 "
                        + "%.1f ms (%d errors)", endpoint.name(), path, warmup.ok(), warmup.errorCount(),
                saturation.throughput(), saturation.seconds(), saturation.errorCount(), fixedRate,
                fixed.latencies().getValueAtPercentile(99) / 1000.0, fixed.errorCount());
        return new Measurement(endpoint, path, fixedRate, fixed, saturation, cpu);
    }

    /** {@link #WORKERS} threads, each sending its next request as soon as the previous one is answered. */
    private static Run closedLoop(Supplier<Call> calls, String base, Duration duration, long budget) {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong issued = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= budget) {
                    Call call = calls.get();
                    if (call == null) {
                        return;
                    }
                    long sent = System.nanoTime();
                    int status = status(call, base);
                    record(latencies, statuses, ok, status, System.nanoTime() - sent);
                }
            });
            worker.start();
            workers.add(worker);
        }
        workers.forEach(TredeBenchmark::join);
        return new Run(latencies, ok.get(), counts(statuses), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Open loop: request i is due at start + i / rate s and sent asynchronously then (or at once when the
     * sender is late); its latency counts from when it was due, so a stall is charged to every request it delayed
     * (no coordinated omission).
     */
    private static Run fixedRate(Supplier<Call> calls, String base, int rate, long count) {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Call call = calls.get();
            if (call == null) {
                break;
            }
            pending.add(HTTP.sendAsync(call.request(base), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        record(latencies, statuses, ok, failure == null ? response.statusCode() : 0,
                                System.nanoTime() - due);
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Run(latencies, ok.get(), counts(statuses), (System.nanoTime() - start) / 1e9);
    }

    private static int status(Call call, String base) {
        try {
            return HTTP.send(call.request(base), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void record(Histogram latencies, Map<String, AtomicLong> statuses, AtomicLong ok, int status,
                               long nanos) {
        latencies.recordValue(Math.min(HIGHEST_MICROS, nanos / 1_000));
        if (status >= 200 && status < 300) {
            ok.incrementAndGet();
        } else {
            statuses.computeIfAbsent(status == 0 ? "no answer" : Integer.toString(status), s -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    private static Map<String, Long> counts(Map<String, AtomicLong> statuses) {
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        return counts;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- events end to end -----------------------------------------------------------------------------------------

    /**
     * {@link #E2E_SAMPLES} klanten one after another, each through three hops over Kafka: doorzetten (202) until
     * casework lists the zaak; a gedraging reported on that zaak (201) until enforcement lists it; after the
     * handhaver's steps, the besluit (200) until the maatregel is on the zaak's tijdlijn. Polled every 5 ms, directly
     * at the services; latency counts from the answer that published the event.
     */
    private List<E2e> endToEnd() throws InterruptedException {
        E2e zaak = new E2e("melding doorgezet → zaak in casework");
        E2e gedraging = new E2e("gedraging in casework → enforcement");
        E2e maatregel = new E2e("maatregel besluit → casework tijdlijn");
        String intake = Stack.serviceUrl(INTAKE);
        String casework = Stack.serviceUrl(CASEWORK);
        String enforcement = Stack.serviceUrl(ENFORCEMENT);
        for (Call call : pool(TredeBenchmark::doorzetbareMelding, E2E_SAMPLES)) {
            Thread.sleep(50);
            String klantId = Flows.expect(202, send(intake, call)).json().path("klantId").asText();
            JsonNode zaken = poll(zaak, () -> Flows.send("GET", casework
                    + "/api/casework/v1/zaken?klantId=" + klantId, "teamleider", null).json(),
                    z -> z.path("zaken").size() > 0);
            if (zaken == null) {
                continue;
            }
            String zaakId = zaken.path("zaken").path(0).path("id").asText();
            Flows.expect(201, Flows.send("POST", casework + "/api/casework/v1/zaken/" + zaakId + "/gedragingen",
                    "teamleider", "{\"categorie\":\"no-show\",\"datum\":\"" + VANDAAG.minusDays(20)
                            + "\",\"toelichting\":\"Niet verschenen.\"}"));
            JsonNode gedragingen = poll(gedraging, () -> Flows.send("GET", enforcement
                    + "/api/enforcement/v1/gedragingen?klantId=" + klantId, "handhaver", null).json(),
                    g -> g.path("gedragingen").size() > 0);
            if (gedragingen == null) {
                continue;
            }
            String id = gedragingen.path("gedragingen").path(0).path("id").asText();
            stap(enforcement, id, "hoorverzoek", HOORVERZOEK);
            stap(enforcement, id, "horen", HOREN);
            stap(enforcement, id, "voorstel", VOORSTEL);
            stap(enforcement, id, "besluit", null);
            poll(maatregel, () -> Flows.send("GET", casework + "/api/casework/v1/zaken/" + zaakId
                    + "/tijdlijn", "teamleider", null).json(), t -> {
                        for (JsonNode entry : t) {
                            if (entry.path("soort").asText().equals("maatregel-opgelegd")) {
                                return true;
                            }
                        }
                        return false;
                    });
        }
        return List.of(zaak, gedraging, maatregel);
    }

    /** Polls every 5 ms for at most 30 s; records the time until {@code seen} holds, or counts a time-out (null). */
    private static JsonNode poll(E2e flow, Supplier<JsonNode> probe,
                                 Predicate<JsonNode> seen) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode value = probe.get();
            if (seen.test(value)) {
                flow.latencies().recordValue((System.nanoTime() - start) / 1_000);
                return value;
            }
            Thread.sleep(5);
        }
        flow.timeouts().incrementAndGet();
        return null;
    }

    // --- processes: start-up, memory, CPU --------------------------------------------------------------------------

    /**
     * Per service: Quarkus' own "started in" and the wall time from the process start (exec of the JVM) to that log
     * line, whose clock time the log gives to the millisecond.
     */
    private Map<String, double[]> startupSeconds() throws IOException {
        Pattern started = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .* started in (\\d+\\.\\d+)s");
        Map<String, double[]> result = new LinkedHashMap<>();
        for (String name : SERVICES) {
            List<String> lines = Files.readAllLines(ROOT.resolve(Stack.RUN_DIR).resolve(name + ".log"));
            for (String line : lines) {
                Matcher m = started.matcher(line);
                if (m.find()) {
                    ZonedDateTime processStart = ProcessHandle.of(pids.get(name)).flatMap(p -> p.info().startInstant())
                            .orElseThrow().atZone(ZoneId.systemDefault());
                    ZonedDateTime logged = LocalDateTime.of(processStart.toLocalDate(), LocalTime.parse(m.group(1)))
                            .atZone(ZoneId.systemDefault());
                    double wall = Duration.between(processStart, logged).toMillis() / 1000.0;
                    result.put(name, new double[] {Double.parseDouble(m.group(2)), wall});
                }
            }
        }
        return result;
    }

    /**
     * Each service stopped and started again on its own (the others keep running), so its start-up is not shared
     * with four others: the wall time of {@code services.sh start NAME} until its readiness answers 200, Quarkus'
     * "started in", and VmRSS 5 s after it is ready, before any request.
     */
    private Map<String, double[]> isolatedStarts() throws IOException, InterruptedException {
        Map<String, double[]> result = new LinkedHashMap<>();
        Pattern started = Pattern.compile(" started in (\\d+\\.\\d+)s");
        for (String name : SERVICES) {
            Stack.run("deploy/local/services.sh", "stop", name, "--run-dir", Stack.RUN_DIR);
            Thread.sleep(2_000);
            long t0 = System.nanoTime();
            Stack.start(name);
            double wall = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(5_000);
            long pid = Long.parseLong(Files.readString(ROOT.resolve(Stack.RUN_DIR).resolve(name + ".pid")).strip());
            double quarkus = Double.NaN;
            for (String line : Files.readAllLines(ROOT.resolve(Stack.RUN_DIR).resolve(name + ".log"))) {
                Matcher m = started.matcher(line);
                if (m.find()) {
                    quarkus = Double.parseDouble(m.group(1)); // the last one: this start (the log is appended)
                }
            }
            result.put(name, new double[] {wall, quarkus, rssKb(pid) / 1024.0});
            log("%s alone: ready after %.2f s (Quarkus started in %.2f s), idle RSS %.0f MB", name, wall, quarkus,
                    rssKb(pid) / 1024.0);
        }
        return result;
    }

    /** The hand-written analysis at the end of an earlier report, kept across runs (from its marker on). */
    static String keptAnalysis(String previous) {
        int at = previous.indexOf(ANALYSIS_MARKER);
        return at < 0 ? "" : previous.substring(at);
    }

    static final String ANALYSIS_MARKER = "<!-- analysis: written by hand, kept when the benchmark rewrites this file -->";

    private void sampleRss() {
        while (!Thread.currentThread().isInterrupted()) {
            pids.forEach((name, pid) -> maxRss.merge(name, rssKb(pid), Math::max));
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * CPU ticks used so far by each service, by this JVM (the load generator), by PostgreSQL (all its processes), by the
     * Kafka broker and by the whole machine (busy, all).
     */
    private long[] cpuTicks() {
        long[] ticks = new long[SERVICES.size() + 5];
        int i = 0;
        for (long pid : pids.values()) {
            ticks[i++] = processTicks(pid);
        }
        ticks[i++] = processTicks(ProcessHandle.current().pid());
        ticks[i++] = ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                .mapToLong(p -> processTicks(p.pid())).sum();
        ticks[i++] = kafkaPid() == 0 ? 0 : processTicks(kafkaPid());
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int f = 1; f < cpu.length; f++) {
                all += Long.parseLong(cpu[f]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            ticks[i++] = all - idle;
            ticks[i] = all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks;
    }

    private static long kafkaPid() {
        try {
            return Long.parseLong(Files.readString(ROOT.resolve(System.getProperty("trede.systemtest.kafka-dir",
                    "system-tests/target/kafka")).resolve("broker.pid")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException e) {
            return 0;
        }
    }

    /** Per service and load generator: % of one core over the run; "machine": busy % of all cores. */
    private Map<String, Double> cpuPercent(long[] before, long[] after, double seconds) {
        double ticksPerSecond = 100; // USER_HZ, 100 on Linux
        Map<String, Double> cpu = new LinkedHashMap<>();
        int i = 0;
        for (String name : pids.keySet()) {
            cpu.put(name, 100 * (after[i] - before[i]) / ticksPerSecond / seconds);
            i++;
        }
        cpu.put("load generator", 100 * (after[i] - before[i]) / ticksPerSecond / seconds);
        i++;
        cpu.put("postgres", 100 * (after[i] - before[i]) / ticksPerSecond / seconds);
        i++;
        cpu.put("kafka", 100 * (after[i] - before[i]) / ticksPerSecond / seconds);
        i++;
        cpu.put("machine", 100.0 * (after[i] - before[i]) / Math.max(1, after[i + 1] - before[i + 1]));
        return cpu;
    }

    // --- PostgreSQL floor ------------------------------------------------------------------------------------------

    /**
     * The floor, or why it is missing (e.g. PostgreSQL out of connection slots on a shared machine): the report says
     * so instead of losing the run's other figures.
     */
    private static Map<String, String> pgbenchOrError() throws IOException, InterruptedException {
        try {
            return pgbench();
        } catch (SQLException | IllegalStateException e) {
            log("pgbench failed: %s", e.getMessage());
            return Map.of("error", e.getMessage().lines().findFirst().orElse("unknown"));
        }
    }

    /** pgbench: one single-row INSERT per transaction, 1 client and 8 clients, on trede_ladder&lt;suffix&gt;. */
    private static Map<String, String> pgbench() throws IOException, InterruptedException, SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = Db.connect("ladder"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_floor (id bigserial PRIMARY KEY, v int NOT NULL)");
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                result.put("version", rs.getString(1));
            }
            Path script = Files.createTempFile("trede-pgbench", ".sql");
            Files.writeString(script, "INSERT INTO bench_floor (v) VALUES (1);\n");
            for (int clients : new int[] {1, 8}) {
                String out = pgbenchRun(script, clients);
                result.put("latency" + clients, find(out, "latency average = ([\\d.]+) ms"));
                result.put("tps" + clients, find(out, "tps = ([\\d.]+)"));
            }
            Files.delete(script);
            s.execute("DROP TABLE bench_floor");
        }
        return result;
    }

    private static String pgbenchRun(Path script, int clients) throws IOException, InterruptedException {
        String pgbench = Files.isExecutable(Path.of("/usr/bin/pgbench")) ? "/usr/bin/pgbench" : "pgbench";
        ProcessBuilder pb = new ProcessBuilder(pgbench, "-n", "-h", "127.0.0.1",
                "-p", Integer.toString(Integer.getInteger("trede.systemtest.pg-port", 5432)), "-U", "trede",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(PGBENCH_SECONDS), "-f", script.toString(), "trede_ladder" + Stack.DB_SUFFIX)
                .redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", Stack.dbPassword());
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + out);
        }
        return out;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in: " + text);
        }
        return m.group(1);
    }

    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "(" + String.join(" ", command) + " failed: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[trede] benchmark: " + String.format(Locale.ROOT, format, args));
    }

    // --- report ----------------------------------------------------------------------------------------------------

    private final class Report {

        private final List<Measurement> measurements;
        private final List<E2e> e2e;
        private final Map<String, double[]> startup;
        private final Map<String, double[]> alone;
        private final Map<String, String> pgbench;
        private final StringBuilder md = new StringBuilder();

        Report(List<Measurement> measurements, List<E2e> e2e, Map<String, double[]> startup,
               Map<String, double[]> alone, Map<String, String> pgbench) {
            this.measurements = measurements;
            this.e2e = e2e;
            this.startup = startup;
            this.alone = alone;
            this.pgbench = pgbench;
        }

        String markdown() throws IOException {
            line("# Trede benchmarks");
            line("");
            line("Figures from one run of `deploy/local/benchmark.sh` (the robustness requirements), generated by `TredeBenchmark`"
                    + " (system-tests); do not edit by hand except the section \"What limits each figure\".");
            line("The whole suite runs on loopback on one machine: Kafka, PostgreSQL, the five services and the load"
                    + " generator share its cores, so every figure includes that contention.");
            line("");
            machine();
            endpoints();
            endToEnd();
            processes();
            postgres();
            targets();
            limits();
            return md.toString();
        }

        private void machine() throws IOException {
            String cpuModel = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
            String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("unknown");
            line("## Run");
            line("");
            line("| | |");
            line("|---|---|");
            line("| date | " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " |");
            line("| command | `" + COMMAND + "` |");
            line("| CPUs (nproc) | " + command("nproc") + " |");
            line("| CPU model | " + cpuModel + " |");
            line("| RAM | " + memTotal + " |");
            line("| java -version | " + command("java", "-version").replace("\n", "<br>") + " |");
            line("| PostgreSQL | " + pgbench.getOrDefault("version", command("psql", "--version")) + " |");
            line("| service JVM options (TREDE_JAVA_OPTS) | `"
                    + System.getenv().getOrDefault("TREDE_JAVA_OPTS", "(services.sh default)") + "` |");
            line("| gateway rate limit | " + ("false".equals(System.getenv("TREDE_GATEWAY_RATE_LIMIT_ENABLED"))
                    ? "disabled" : "enabled (figures through the gateway may be 429s)") + " |");
            line("| saturation | closed loop, " + WORKERS + " threads, " + SATURATION_SECONDS + " s per endpoint and"
                    + " path (pooled endpoints: at most " + POOL_SATURATION + " requests) |");
            line("| fixed rate | open loop, " + RATE + " req/s, or half the endpoint's direct saturation throughput when"
                    + " that is lower (the same rate direct and through the gateway), for " + RATE_SECONDS
                    + " s; latency from the intended"
                    + " send time (coordinated omission corrected) |");
            line("| warm-up | " + JIT_WARMUP_SECONDS + " s of creates through the gateway first (JIT), then closed loop, "
                    + WARMUP_SECONDS + " s per endpoint and path before measuring (pooled endpoints: at most "
                    + POOL_WARMUP + " requests) |");
            line("| HTTP client | java.net.http, HTTP/1.1 keep-alive, one client in the benchmark JVM |");
            line("");
        }

        private void endpoints() {
            line("## Endpoints");
            line("");
            line("Each endpoint directly at its service and through the gateway. Throughput counts 2xx answers only;"
                    + " errors are all other answers (status: count, \"no answer\" = timeout or refused).");
            line("");
            line("| endpoint | path | saturation req/s | over s | fixed rate req/s | p50 ms | p95 ms | p99 ms | max ms |"
                    + " errors (fixed rate) | errors (saturation) |");
            line("|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|");
            for (Measurement m : measurements) {
                Histogram h = m.fixedRate().latencies();
                line("| " + m.endpoint().name() + " `" + m.endpoint().operation() + "` | " + m.path() + " | "
                        + fmt(m.saturation().throughput(), 0) + " | " + fmt(m.saturation().seconds(), 1) + " | "
                        + m.rate() + " | " + ms(h, 50) + " | " + ms(h, 95) + " | " + ms(h, 99) + " | " + fmt(h.getMaxValue() / 1000.0, 1)
                        + " | " + errors(m.fixedRate()) + " | " + errors(m.saturation()) + " |");
            }
            line("");
            line("Gateway overhead (ratios; 1.00 = none):");
            line("");
            line("| endpoint | gateway p50 / direct p50 | direct req/s / gateway req/s |");
            line("|---|--:|--:|");
            for (String name : names()) {
                line("| " + name + " | " + fmt(p50Ratio(name), 2) + " | " + fmt(throughputRatio(name), 2) + " |");
            }
            line("");
            line("CPU during each saturation run (% of one core; machine = busy share of all cores):");
            line("");
            line("| endpoint | path | " + String.join(" | ", measurements.get(0).cpu().keySet()) + " |");
            line("|---|---|" + "--:|".repeat(measurements.get(0).cpu().size()));
            for (Measurement m : measurements) {
                StringBuilder row = new StringBuilder("| " + m.endpoint().name() + " | " + m.path() + " |");
                m.cpu().values().forEach(v -> row.append(' ').append(fmt(v, 0)).append(" |"));
                line(row.toString());
            }
            line("");
        }

        private void endToEnd() {
            line("## Events end to end");
            line("");
            line(E2E_SAMPLES + " klanten one after another (50 ms apart); each hop from the HTTP answer that"
                    + " published the event until the next service shows its effect, polled every 5 ms directly at"
                    + " that service (so figures include up to ~5 ms of polling granularity).");
            line("");
            line("| flow | samples | time-outs (30 s) | p50 ms | p99 ms | max ms |");
            line("|---|--:|--:|--:|--:|--:|");
            for (E2e flow : e2e) {
                Histogram h = flow.latencies();
                line("| " + flow.name() + " | " + h.getTotalCount() + " | " + flow.timeouts().get() + " | " + ms(h, 50)
                        + " | " + ms(h, 99) + " | " + fmt(h.getMaxValue() / 1000.0, 1) + " |");
            }
            line("");
        }

        private void processes() {
            line("## Services: start-up and memory");
            line("");
            line("Start-up: Quarkus' own \"started in\" and the wall time from the JVM process start to that log"
                    + " line (all five start at once, sharing the cores). RSS: VmRSS right after the start, and the"
                    + " highest sampled (every 250 ms) during the load.");
            line("");
            line("| service | started in (Quarkus) s | process start → started s | idle RSS MB | loaded RSS MB |");
            line("|---|--:|--:|--:|--:|");
            for (String name : SERVICES) {
                double[] s = startup.getOrDefault(name, new double[] {Double.NaN, Double.NaN});
                line("| " + name + " | " + fmt(s[0], 2) + " | " + fmt(s[1], 2) + " | "
                        + fmt(idleRss.get(name) / 1024.0, 0) + " | " + fmt(maxRss.getOrDefault(name, 0L) / 1024.0, 0)
                        + " |");
            }
            line("");
            line("Each service alone, after the load: stopped and started again while the other four run"
                    + " (`services.sh start NAME` until `/q/health/ready` answers 200; RSS 5 s later, before any"
                    + " request).");
            line("");
            line("| service | start → ready s | started in (Quarkus) s | idle RSS MB |");
            line("|---|--:|--:|--:|");
            for (String name : SERVICES) {
                double[] a = alone.get(name);
                line("| " + name + " | " + fmt(a[0], 2) + " | " + fmt(a[1], 2) + " | " + fmt(a[2], 0) + " |");
            }
            line("");
        }

        private void postgres() {
            line("## PostgreSQL floor");
            line("");
            line("pgbench, " + PGBENCH_SECONDS + " s each, one single-row `INSERT` per transaction (a commit each)"
                    + " into a table in trede_ladder" + Stack.DB_SUFFIX + ", as user trede over TCP on 127.0.0.1.");
            line("");
            if (pgbench.containsKey("error")) {
                line("**Not measured in this run:** " + pgbench.get("error"));
                line("");
                return;
            }
            line("| clients | average latency ms | tps |");
            line("|--:|--:|--:|");
            line("| 1 | " + pgbench.get("latency1") + " | " + pgbench.get("tps1") + " |");
            line("| 8 | " + pgbench.get("latency8") + " | " + pgbench.get("tps8") + " |");
            line("");
        }

        private void targets() {
            line("## Targets");
            line("");
            line("| target | measured | result |");
            line("|---|--:|---|");
            for (Measurement m : measurements) {
                if (m.path().equals("direct") && m.endpoint().operation().startsWith("POST")
                        && !m.endpoint().pooled()) {
                    target("≥ 1,500 creates/s at saturation: " + m.endpoint().name() + " (direct)",
                            m.saturation().throughput(), 1500, true, "req/s", 0);
                }
            }
            for (Measurement m : measurements) {
                target("p99 ≤ 20 ms at " + RATE + " req/s (measured at " + m.rate() + "): " + m.endpoint().name() + " ("
                                + m.path() + ")",
                        m.fixedRate().latencies().getValueAtPercentile(99) / 1000.0, 20, false, "ms", 1);
            }
            for (String name : names()) {
                target("gateway overhead ≤ 15 %: " + name + " (p50 ratio)", p50Ratio(name), 1.15, false, "×", 2);
                target("gateway overhead ≤ 15 %: " + name + " (throughput ratio)", throughputRatio(name), 1.15, false,
                        "×", 2);
            }
            for (E2e flow : e2e) {
                target("event end to end p99 ≤ 250 ms: " + flow.name(),
                        flow.latencies().getValueAtPercentile(99) / 1000.0, 250, false, "ms", 0);
            }
            for (String name : SERVICES) {
                target("≤ 200 MB RSS idle (alone, before any request): " + name, alone.get(name)[2], 200, false, "MB",
                        0);
            }
            for (String name : SERVICES) {
                target("start ≤ 2 s (alone, Quarkus started in): " + name, alone.get(name)[1], 2, false, "s", 2);
            }
            line("");
        }

        private void limits() {
            line("## What limits each figure");
            line("");
            line("Recorded automatically (see the CPU table above): the busiest process during each saturation run."
                    + " The analysis below the marker is written by hand and kept when the benchmark rewrites this"
                    + " file.");
            line("");
            for (Measurement m : measurements) {
                Map.Entry<String, Double> busiest = m.cpu().entrySet().stream()
                        .filter(e -> !e.getKey().equals("machine"))
                        .max(Map.Entry.comparingByValue()).orElseThrow();
                line("- " + m.endpoint().name() + " (" + m.path() + "): machine " + fmt(m.cpu().get("machine"), 0)
                        + " % busy; busiest " + busiest.getKey() + " at " + fmt(busiest.getValue(), 0)
                        + " % of one core.");
            }
            line("");
        }

        private void target(String what, double actual, double target, boolean atLeast, String unit, int digits) {
            String result;
            if (Double.isNaN(actual)) {
                result = "not measured";
            } else {
                boolean met = atLeast ? actual >= target : actual <= target;
                double byPercent = 100 * Math.abs(actual - target) / target;
                result = (met ? "met (margin " : "**missed** by ") + fmt(byPercent, 0) + " %" + (met ? ")" : "");
            }
            line("| " + what + " | " + fmt(actual, digits) + " " + unit + " | " + result + " |");
        }

        private List<String> names() {
            return measurements.stream().map(m -> m.endpoint().name()).distinct().toList();
        }

        private Measurement measurement(String name, String path) {
            return measurements.stream().filter(m -> m.endpoint().name().equals(name) && m.path().equals(path))
                    .findFirst().orElseThrow();
        }

        private double p50Ratio(String name) {
            return (double) measurement(name, "gateway").fixedRate().latencies().getValueAtPercentile(50)
                    / measurement(name, "direct").fixedRate().latencies().getValueAtPercentile(50);
        }

        private double throughputRatio(String name) {
            return measurement(name, "direct").saturation().throughput() / measurement(name, "gateway").saturation().throughput();
        }

        private String ms(Histogram h, double percentile) {
            return fmt(h.getValueAtPercentile(percentile) / 1000.0, 1);
        }

        private String errors(Run run) {
            return run.errors().isEmpty() ? "0"
                    : "**" + run.errorCount() + "** " + run.errors().toString().replace("=", ": ");
        }

        private void line(String text) {
            md.append(text).append('\n');
        }
    }

    private static String fmt(double value, int digits) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + digits + "f", value);
    }
}
