package nl.trede.ladder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A klant's history on one ladder scheme as plain Java: which metingen are valid, in which period each one is the
 * klant's position, and the current position with how long the klant has held it.
 */
public final class Tijdlijn {

    private Tijdlijn() {
    }

    /** What the rules need of a meting. */
    public record Feit(UUID metingId, UUID corrigeert, LocalDate meetdatum, Instant geregistreerdOp, long modelId,
                       Positie positie, int herbeoordelingMaanden) {
    }

    /**
     * The meting is the klant's position from {@code van} (its meetdatum) until {@code tot} (exclusive; null: still
     * current); the next meting is due on {@code herbeoordelingOp}.
     */
    public record Periode(UUID metingId, long modelId, Positie positie, LocalDate van, LocalDate tot,
                          LocalDate herbeoordelingOp, Verblijf verblijf) {
        public boolean omvat(LocalDate datum) {
            return !datum.isBefore(van) && (tot == null || datum.isBefore(tot));
        }
    }

    /**
     * The stay a period belongs to: since when the klant holds its trede and its position (trede + sub-trede)
     * without a break, and whether the stay ends with this period (the next valid meting moves the klant).
     */
    public record Verblijf(LocalDate tredeSinds, LocalDate positieSinds, boolean tredeEinde, boolean positieEinde) {
    }

    /** The current position, held since {@code sinds} (the first of the unbroken run of metingen on it). */
    public record Huidig(UUID metingId, long modelId, Positie positie, LocalDate meetdatum, LocalDate sinds,
                         long dagenOpPositie, LocalDate herbeoordelingOp) {
    }

    /**
     * Ascending: meetdatum, then the moment of registration, then id (the history order of the ladder requirements).
     */
    public static final Comparator<Feit> CHRONOLOGISCH = Comparator.comparing(Feit::meetdatum)
            .thenComparing(Feit::geregistreerdOp).thenComparing(Feit::metingId);

    /**
     * The valid metingen, oldest first: every meting that no other meting corrects (docs/architecture.md#ladder: a
     * correction is a new meting that points at the old one; a corrected correction drops out as well).
     */
    public static List<Feit> geldig(List<Feit> alle) {
        Set<UUID> gecorrigeerd = new HashSet<>();
        for (Feit f : alle) {
            if (f.corrigeert() != null) {
                gecorrigeerd.add(f.corrigeert());
            }
        }
        return alle.stream().filter(f -> !gecorrigeerd.contains(f.metingId())).sorted(CHRONOLOGISCH).toList();
    }

    /**
     * One period per valid meting: it runs until the next valid meting's meetdatum. Two metingen on one day: the one
     * registered later holds that day (the earlier gets an empty period). The next meting is due
     * {@code herbeoordelingMaanden} after the meetdatum (sources H2.6: reviewed yearly, shorter where
     * B5 says "Periodieke controle").
     */
    public static List<Periode> perioden(List<Feit> alle) {
        List<Feit> geldig = geldig(alle);
        List<Periode> perioden = new ArrayList<>(geldig.size());
        for (int i = 0; i < geldig.size(); i++) {
            Feit f = geldig.get(i);
            LocalDate tot = i + 1 < geldig.size() ? geldig.get(i + 1).meetdatum() : null;
            perioden.add(new Periode(f.metingId(), f.modelId(), f.positie(), f.meetdatum(), tot,
                    f.meetdatum().plusMonths(f.herbeoordelingMaanden()), null));
        }
        return verblijven(perioden);
    }

    /**
     * Runs of equal positions over the non-empty periods (requirement "average time per trede"): a confirming review
     * does not end a stay, a move does. An empty period (superseded on its own day) takes no part: it starts and ends
     * nothing.
     */
    private static List<Periode> verblijven(List<Periode> perioden) {
        List<Periode> uit = new ArrayList<>(perioden.size());
        Periode vorige = null;
        LocalDate tredeSinds = null;
        LocalDate positieSinds = null;
        for (int i = 0; i < perioden.size(); i++) {
            Periode p = perioden.get(i);
            if (p.tot() != null && !p.tot().isAfter(p.van())) {
                uit.add(withVerblijf(p, new Verblijf(p.van(), p.van(), false, false)));
                continue;
            }
            tredeSinds = vorige != null && vorige.positie().trede() == p.positie().trede() ? tredeSinds : p.van();
            positieSinds = vorige != null && vorige.positie().equals(p.positie()) ? positieSinds : p.van();
            Periode volgende = null;
            for (int j = i + 1; j < perioden.size() && volgende == null; j++) {
                Periode q = perioden.get(j);
                if (q.tot() == null || q.tot().isAfter(q.van())) {
                    volgende = q;
                }
            }
            boolean tredeEinde = volgende != null && volgende.positie().trede() != p.positie().trede();
            boolean positieEinde = volgende != null && !volgende.positie().equals(p.positie());
            uit.add(withVerblijf(p, new Verblijf(tredeSinds, positieSinds, tredeEinde, positieEinde)));
            vorige = p;
        }
        return uit;
    }

    private static Periode withVerblijf(Periode p, Verblijf v) {
        return new Periode(p.metingId(), p.modelId(), p.positie(), p.van(), p.tot(), p.herbeoordelingOp(), v);
    }

    /**
     * The current position: the latest valid meting (requirement "the current trede per klant (latest valid meting),
     * how long they have been on it"). {@code sinds} goes back over earlier metingen with the same position (a yearly
     * review that confirms the position does not restart the count); empty periods are skipped.
     */
    public static Optional<Huidig> huidig(List<Feit> alle, LocalDate vandaag) {
        List<Periode> perioden = perioden(alle);
        if (perioden.isEmpty()) {
            return Optional.empty();
        }
        Periode laatste = perioden.get(perioden.size() - 1);
        LocalDate sinds = laatste.van();
        for (int i = perioden.size() - 2; i >= 0; i--) {
            Periode p = perioden.get(i);
            if (Objects.equals(p.van(), p.tot())) {
                continue;
            }
            if (!p.positie().equals(laatste.positie())) {
                break;
            }
            sinds = p.van();
        }
        return Optional.of(new Huidig(laatste.metingId(), laatste.modelId(), laatste.positie(), laatste.van(), sinds,
                Math.max(0, ChronoUnit.DAYS.between(sinds, vandaag)), laatste.herbeoordelingOp()));
    }

    /** Up, down or the same between two positions on one scheme (sources H2.7: "een stap vooruit of achteruit"). */
    public enum Richting {
        GESTEGEN, GEDAALD, GELIJK;

        public static Richting van(Positie voor, Positie na) {
            int c = na.compareTo(voor);
            return c > 0 ? GESTEGEN : c < 0 ? GEDAALD : GELIJK;
        }
    }
}
