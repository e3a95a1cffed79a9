package nl.trede.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Checks the citations ({@code bron}) of the reference data a service returns: each names only sources a reader can
 * open — a key of {@code docs/sources.md} (D, H, A, L with its section, e.g. {@code D4.4}, {@code L4.10}), a public
 * URL or a law article — and none of the old working-note keys listed in the alias table "Old keys" of that page.
 */
public final class BronCitaten {

    private static final Pattern OUDE_SLEUTEL = Pattern.compile(
            "seed-0|seed 0|standards-and-law|DESIGN\\.md|anchors-lessons|\\.\\./shared", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLEUTEL = Pattern.compile("(?<![\\w.§])([DHAL])(\\d+(?:\\.\\d+)*)(?![\\w§])");
    /** The numbered rules of A1.4 are called A1–A15 there ("A1.4 rules A1, A2, A4"); they are not section keys. */
    private static final Pattern REGELS = Pattern.compile("\\brules? A\\d+(?:(?:, | and )A\\d+)*");
    private static final Pattern URL_OF_ARTIKEL = Pattern.compile("https://\\S+|\\bart\\. ?\\d");

    private final String sources;

    private BronCitaten(String sources) {
        this.sources = sources;
    }

    /** Reads {@code docs/sources.md} of the repository the test runs in (a module directory or the root). */
    public static BronCitaten uitRepository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/sources.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/sources.md not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return new BronCitaten(Files.readString(dir.resolve("docs/sources.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests of this class: the given page text stands in for {@code docs/sources.md}. */
    static BronCitaten metSources(String sources) {
        return new BronCitaten(sources);
    }

    /** What is wrong with one citation; empty when it is fine. */
    public List<String> fouten(String bron) {
        List<String> fouten = new ArrayList<>();
        Matcher oud = OUDE_SLEUTEL.matcher(bron);
        if (oud.find()) {
            fouten.add("old key '" + oud.group() + "'");
        }
        boolean bekend = URL_OF_ARTIKEL.matcher(bron).find();
        Matcher sleutel = SLEUTEL.matcher(REGELS.matcher(bron).replaceAll("rules"));
        while (sleutel.find()) {
            String anker = sleutel.group(1).toLowerCase(Locale.ROOT) + sleutel.group(2).replace(".", "");
            if (sources.contains("id=\"" + anker + "\"")) {
                bekend = true;
            } else {
                fouten.add("key " + sleutel.group() + " is not in docs/sources.md");
            }
        }
        if (!bekend) {
            fouten.add("cites no key of docs/sources.md, public URL or article");
        }
        return fouten;
    }

    /**
     * Runs each query (its first column is a {@code bron}) and returns one line per faulty citation
     * ({@code query label: problems: text}); empty when all are fine. A query that returns no rows is a fault too, so
     * a renamed table or a wrong filter cannot pass unnoticed.
     *
     * @param queries label, SQL, label, SQL, ...
     */
    public List<String> controleer(DataSource dataSource, String... queries) throws SQLException {
        if (queries.length % 2 != 0) {
            throw new IllegalArgumentException("label and SQL in pairs");
        }
        List<String> fout = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (int i = 0; i < queries.length; i += 2) {
                int rijen = 0;
                try (ResultSet rs = st.executeQuery(queries[i + 1])) {
                    while (rs.next()) {
                        rijen++;
                        String bron = rs.getString(1);
                        List<String> f = fouten(bron);
                        if (!f.isEmpty()) {
                            fout.add(queries[i] + ": " + f + ": " + bron);
                        }
                    }
                }
                if (rijen == 0) {
                    fout.add(queries[i] + ": no rows");
                }
            }
        }
        return fout;
    }
}
