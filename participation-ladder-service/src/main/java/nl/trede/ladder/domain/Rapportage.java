package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.BiFunction;

/**
 * The report rules as plain Java: positions are translated (to trede level, or to another model through the
 * documented mapping), counted, and small cells are suppressed ({@link Onderdrukking}).
 */
public final class Rapportage {

    private Rapportage() {
    }

    /** A count from the database: klanten on a position of one model version. */
    public record Telling(long modelId, Positie positie, long aantal) {
    }

    /** A count of klanten that held position {@code van} on the first date and {@code naar} on the second. */
    public record Overgang(long vanModelId, Positie van, long naarModelId, Positie naar, long aantal) {
    }

    /** A published cell; {@code aantal} is null when suppressed. */
    public record Cel(Positie positie, Long aantal, boolean onderdrukt) {
    }

    public record MatrixCel(Positie van, Positie naar, Tijdlijn.Richting richting, Long aantal, boolean onderdrukt) {
    }

    public record Verdeling(String model, List<String> versies, String naarModel, Niveau niveau, String klantgroep,
                            LocalDate peildatum,
                            int minimumCelgrootte, Cel totaal, List<Cel> cellen) {
    }

    public record Overgangen(String model, List<String> versies, String naarModel, Niveau niveau, String klantgroep,
                             LocalDate van,
                             LocalDate tot, int minimumCelgrootte, Cel totaal, Cel gestegen, Cel gedaald, Cel gelijk,
                             Cel nieuwGemeten, List<MatrixCel> cellen) {
    }

    /**
     * Counts per (translated) position over {@code posities} (every position is listed, with 0 when nobody holds
     * it) and suppresses small cells; the total is published, so the cells form one group.
     */
    public static List<Cel> verdeling(List<Telling> tellingen, BiFunction<Long, Positie, Positie> vertaling,
                                      SortedSet<Positie> posities, int minimum) {
        Map<Positie, Long> aantallen = new LinkedHashMap<>();
        posities.forEach(p -> aantallen.put(p, 0L));
        for (Telling t : tellingen) {
            aantallen.merge(vertaling.apply(t.modelId(), t.positie()), t.aantal(), Long::sum);
        }
        List<Positie> volgorde = aantallen.keySet().stream().sorted().toList();
        long[] waarden = volgorde.stream().mapToLong(aantallen::get).toArray();
        boolean[] weg = Onderdrukking.onderdruk(waarden, minimum);
        List<Cel> cellen = new ArrayList<>();
        for (int i = 0; i < volgorde.size(); i++) {
            cellen.add(new Cel(volgorde.get(i), weg[i] ? null : waarden[i], weg[i]));
        }
        return cellen;
    }

    /** Finished stays on a position: how many, and their total length in days. */
    public record Duur(long modelId, Positie positie, long aantal, long dagen) {
    }

    /** A published stay cell; count and average are null when the count is small. */
    public record DuurCel(Positie positie, Long aantal, Long gemiddeldAantalDagen, boolean onderdrukt) {
    }

    public record Verblijfsduur(String model, List<String> versies, Niveau niveau, String klantgroep, LocalDate van,
                                LocalDate tot, int minimumCelgrootte, List<DuurCel> cellen) {
    }

    /**
     * The average length of the stays that ended, per position (requirement "average time per trede"; sources H2.7:
     * "een stap vooruit of achteruit" ends a stay). No total is published, so only the primary rule applies: an
     * average over fewer than {@code minimum} klanten is hidden with its count. Rounded to whole days.
     */
    public static List<DuurCel> verblijfsduur(List<Duur> duren, SortedSet<Positie> posities, int minimum) {
        Map<Positie, long[]> per = new LinkedHashMap<>();
        posities.forEach(p -> per.put(p, new long[2]));
        for (Duur d : duren) {
            long[] t = per.computeIfAbsent(d.positie(), p -> new long[2]);
            t[0] += d.aantal();
            t[1] += d.dagen();
        }
        List<DuurCel> cellen = new ArrayList<>();
        for (Positie p : per.keySet().stream().sorted().toList()) {
            long[] t = per.get(p);
            boolean weg = Onderdrukking.klein(t[0], minimum);
            cellen.add(new DuurCel(p, weg ? null : t[0], weg || t[0] == 0 ? null : Math.round((double) t[1] / t[0]),
                    weg));
        }
        return cellen;
    }

    /** A single published number: suppressed when it is small. */
    public static Cel getal(Positie positie, long aantal, int minimum) {
        boolean weg = Onderdrukking.klein(aantal, minimum);
        return new Cel(positie, weg ? null : aantal, weg);
    }

    /** The matrix and its up/down/same sums, each suppressed as one group. */
    public record Matrix(List<MatrixCel> cellen, long totaal, Cel gestegen, Cel gedaald, Cel gelijk) {
    }

    /**
     * The transition matrix over every pair of {@code posities} (the ladder requirements: "from-trede × to-trede
     * counts, up/down/same"; sources H2.7 "een stap vooruit of achteruit"). Cells are grouped by direction
     * because the three sums are published; the sums themselves form a group because their total is published.
     */
    public static Matrix matrix(List<Overgang> overgangen, BiFunction<Long, Positie, Positie> vertaling,
                                SortedSet<Positie> posities, int minimum) {
        Map<List<Positie>, Long> aantallen = new LinkedHashMap<>();
        for (Positie van : posities) {
            for (Positie naar : posities) {
                aantallen.put(List.of(van, naar), 0L);
            }
        }
        for (Overgang o : overgangen) {
            aantallen.merge(List.of(vertaling.apply(o.vanModelId(), o.van()), vertaling.apply(o.naarModelId(),
                    o.naar())), o.aantal(), Long::sum);
        }
        List<List<Positie>> paren = aantallen.keySet().stream()
                .sorted((a, b) -> a.get(0).compareTo(b.get(0)) != 0 ? a.get(0).compareTo(b.get(0))
                        : a.get(1).compareTo(b.get(1))).toList();
        Map<List<Positie>, Boolean> weg = new LinkedHashMap<>();
        long[] sommen = new long[Tijdlijn.Richting.values().length];
        for (Tijdlijn.Richting richting : Tijdlijn.Richting.values()) {
            List<List<Positie>> groep = paren.stream()
                    .filter(p -> Tijdlijn.Richting.van(p.get(0), p.get(1)) == richting).toList();
            long[] waarden = groep.stream().mapToLong(aantallen::get).toArray();
            boolean[] w = Onderdrukking.onderdruk(waarden, minimum);
            for (int i = 0; i < groep.size(); i++) {
                weg.put(groep.get(i), w[i]);
                sommen[richting.ordinal()] += waarden[i];
            }
        }
        List<MatrixCel> cellen = paren.stream().map(p -> new MatrixCel(p.get(0), p.get(1),
                Tijdlijn.Richting.van(p.get(0), p.get(1)), weg.get(p) ? null : aantallen.get(p), weg.get(p))).toList();
        boolean[] somWeg = Onderdrukking.onderdruk(sommen, minimum);
        long totaal = sommen[0] + sommen[1] + sommen[2];
        return new Matrix(cellen, totaal, som(sommen, somWeg, Tijdlijn.Richting.GESTEGEN),
                som(sommen, somWeg, Tijdlijn.Richting.GEDAALD), som(sommen, somWeg, Tijdlijn.Richting.GELIJK));
    }

    /** Klanten of one voorziening whose traject took them from {@code van} (at the start) to {@code naar} (at the end). */
    public record TrajectOvergang(String voorziening, long vanModelId, Positie van, long naarModelId, Positie naar,
                                  long aantal) {
    }

    /** The movement of one voorziening: the trajecten counted and how many went up, stayed, went down. */
    public record VoorzieningBeweging(String voorziening, Cel totaal, Cel gestegen, Cel gelijk, Cel gedaald) {
    }

    public record Trajecten(String model, List<String> versies, Niveau niveau, String klantgroep, LocalDate van,
                            LocalDate tot, int minimumCelgrootte, List<VoorzieningBeweging> voorzieningen) {
    }

    /**
     * Movement per voorziening (requirement "movement per traject type (which voorzieningen move people up)";
     * sources H7.4 (thesis §4.2.1) through-flow per trajectory; the
     * direction as in the transition matrix, sources H2.7). Per voorziening the total is published, so
     * its three counts form one suppression group ({@link Onderdrukking}); the total itself is hidden when small.
     * Voorzieningen in alphabetical order.
     */
    public static List<VoorzieningBeweging> trajecten(List<TrajectOvergang> overgangen,
                                                      BiFunction<Long, Positie, Positie> vertaling, int minimum) {
        Map<String, long[]> per = new java.util.TreeMap<>();
        for (TrajectOvergang o : overgangen) {
            Tijdlijn.Richting r = Tijdlijn.Richting.van(vertaling.apply(o.vanModelId(), o.van()),
                    vertaling.apply(o.naarModelId(), o.naar()));
            per.computeIfAbsent(o.voorziening(), v -> new long[Tijdlijn.Richting.values().length])[r.ordinal()] +=
                    o.aantal();
        }
        List<VoorzieningBeweging> result = new ArrayList<>();
        per.forEach((voorziening, sommen) -> {
            boolean[] weg = Onderdrukking.onderdruk(sommen, minimum);
            result.add(new VoorzieningBeweging(voorziening,
                    getal(null, sommen[0] + sommen[1] + sommen[2], minimum),
                    som(sommen, weg, Tijdlijn.Richting.GESTEGEN), som(sommen, weg, Tijdlijn.Richting.GELIJK),
                    som(sommen, weg, Tijdlijn.Richting.GEDAALD)));
        });
        return result;
    }

    private static Cel som(long[] sommen, boolean[] weg, Tijdlijn.Richting r) {
        int i = r.ordinal();
        return new Cel(null, weg[i] ? null : sommen[i], weg[i]);
    }
}
