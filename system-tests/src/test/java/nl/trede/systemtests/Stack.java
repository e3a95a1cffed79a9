package nl.trede.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole suite once per test run, as separate processes, with the project's own scripts: a dedicated
 * Kafka broker on 19092 (so a test can stop and start it), and the six services on 18080–18085 against the
 * {@code *_systest} databases, created anew for the run (so no module test or earlier run leaves state behind).
 * Stopped when the run ends. Two checkouts on one machine can run their system tests at the same time with other
 * values of the system properties {@code trede.systemtest.port-base}, {@code trede.systemtest.kafka-port},
 * {@code trede.systemtest.db-suffix}, {@code trede.systemtest.run-dir} and {@code trede.systemtest.kafka-dir}.
 */
public final class Stack implements BeforeAllCallback, AutoCloseable {

    public static final int GATEWAY_PORT = Integer.getInteger("trede.systemtest.port-base", 18080);
    public static final String GATEWAY = "http://127.0.0.1:" + GATEWAY_PORT;
    public static final int KAFKA_PORT = Integer.getInteger("trede.systemtest.kafka-port", 19092);
    static final String DB_SUFFIX = System.getProperty("trede.systemtest.db-suffix", "_systest");

    private static final Path ROOT = Path.of(System.getProperty("trede.root", "..")).toAbsolutePath().normalize();
    private static final String KAFKA_DIR = System.getProperty("trede.systemtest.kafka-dir", "system-tests/target/kafka");
    static final String RUN_DIR = System.getProperty("trede.systemtest.run-dir", "system-tests/target/stack");
    private static boolean started;

    /**
     * How far the services' clocks are shifted ({@code TREDE_CLOCK_OFFSET}) so that they run on the test day
     * ({@link TestDag}: {@code -Dtrede.test.today}, or the machine's date at 09:00): fixed once per run, so a service
     * restarted by a fault test goes on with the same clock, and no run crosses midnight.
     */
    static final Duration CLOCK_OFFSET = Duration.between(Instant.now(), TestDag.start().toInstant())
            .truncatedTo(ChronoUnit.SECONDS);

    private static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("TREDE_CLOCK_OFFSET", CLOCK_OFFSET.toString());
        // The werkvoorraad's signaleringen stream ends after 2 s (the sweeps call every operation and wait for the
        // answer to end; a client reconnects with Last-Event-ID), and its termijn job runs once, at start: signaleringen
        // appear only from the events the tests cause, not halfway through a "nothing changed" comparison.
        builder.environment().put("TREDE_WORKLIST_STROOM_MAX_DUUR", "PT2S");
        builder.environment().put("TREDE_WORKLIST_TERMIJN_INTERVAL", "24h");
        return builder;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (started) {
            return;
        }
        // What an interrupted earlier run left running (deploy/local/test.sh cleans up after itself; a developer's
        // single-module run may not have): stop it before its directory goes, or its port blocks the new broker.
        close();
        deleteRecursively(ROOT.resolve(KAFKA_DIR)); // a fresh broker: no topics, groups or members of earlier runs
        // Registered before starting, so a failed start still stops what did start.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("trede-stack", this);
        kafka("start");
        run("deploy/local/postgres.sh", "ensure", "--fresh-system-test-dbs", "--system-test-suffix", DB_SUFFIX);
        run("deploy/local/services.sh", "start", "--port-base", Integer.toString(GATEWAY_PORT), "--db-suffix", DB_SUFFIX,
                "--kafka", "127.0.0.1:" + KAFKA_PORT, "--run-dir", RUN_DIR);
        started = true;
    }

    @Override
    public void close() {
        run("deploy/local/services.sh", "stop", "--run-dir", RUN_DIR);
        kafka("stop");
    }

    /** Starts the named services again (after {@link #kill}), with the same ports, databases and broker. */
    public static void start(String... names) {
        run("deploy/local/services.sh", startArguments(names).toArray(String[]::new));
    }

    /** The same, in the background: the caller can watch (and kill) the service while it starts. */
    static Process startInBackground(String name) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/services.sh").toString()));
        command.addAll(startArguments(name));
        try {
            return process(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code services.sh start NAME...} with this run's ports, databases, broker and run dir. */
    private static List<String> startArguments(String... names) {
        List<String> args = new ArrayList<>(List.of("start"));
        args.addAll(List.of(names));
        args.addAll(List.of("--port-base", Integer.toString(GATEWAY_PORT), "--db-suffix", DB_SUFFIX,
                "--kafka", "127.0.0.1:" + KAFKA_PORT, "--run-dir", RUN_DIR));
        return args;
    }

    /**
     * SIGKILL, at once: the pid is read and killed here (a script would cost tens of milliseconds, and the fault
     * tests aim the kill at a moment), then {@code services.sh kill} tidies the pid file.
     */
    public static long kill(String name) {
        Path pidFile = ROOT.resolve(RUN_DIR).resolve(name + ".pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException e) {
            throw new IllegalStateException("no pid file for " + name, e);
        }
        ProcessHandle handle = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
        handle.destroyForcibly();
        handle.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        run("deploy/local/services.sh", "kill", name, "--run-dir", RUN_DIR);
        return pid;
    }

    /** {@code postgres.sh stop} or {@code ensure}: the machine's PostgreSQL cluster, for the restart fault test. */
    public static void postgres(String action) {
        run("deploy/local/postgres.sh", action);
    }

    /** The database password the local setup generated (for the tests' own row counts). */
    static String dbPassword() {
        try {
            return Files.readString(ROOT.resolve("deploy/local/.work/db-password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException("no deploy/local/.work/db-password: run deploy/local/postgres.sh ensure", e);
        }
    }

    public static void kafka(String action) {
        run("deploy/local/kafka.sh", action, "--port", Integer.toString(KAFKA_PORT), "--controller-port",
                Integer.toString(KAFKA_PORT + 1), "--dir", KAFKA_DIR);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A token for a role, from the same command the README gives users; one per role for the run (they are valid
     * for 8 hours), so load and fault tests do not start a script per request.
     */
    public static String bearer(String role) {
        return TOKENS.computeIfAbsent(role, r -> "Bearer " + run("deploy/local/token.sh", r).strip());
    }

    /** A token for {@code role} with {@code subject} as the user (the regisseur a zaak is assigned to). */
    public static String bearer(String role, String subject) {
        return "Bearer " + run("deploy/local/token.sh", role, subject).strip();
    }

    /**
     * As above, in these teams (the token's teams claim): a klantmanager's teams, or a ketenpartner account's
     * organisation, which is how casework recognises the receiver of an overdracht.
     */
    public static String bearer(String role, String subject, String... teams) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(role, subject));
        for (String team : teams) {
            args.add("--team");
            args.add(team);
        }
        return "Bearer " + run("deploy/local/token.sh", args.toArray(String[]::new)).strip();
    }

    public static String serviceUrl(int offset) {
        return "http://127.0.0.1:" + (GATEWAY_PORT + offset);
    }

    static String run(String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(ROOT.resolve(script).toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("trede-st", ".out");
            Process process = process(command)
                    .redirectErrorStream(false)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " timed out");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed ("
                        + process.exitValue() + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
