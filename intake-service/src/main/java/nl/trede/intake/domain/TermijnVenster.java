package nl.trede.intake.domain;

import java.time.LocalDate;
import java.util.Map;
import nl.trede.platform.api.Coded;

/** Which open deadlines: due today, overdue (before today), or all open ones (Dutch calendar days). */
public enum TermijnVenster implements Coded {
    VANDAAG("vandaag"),
    VERLOPEN("verlopen"),
    OPEN("open");

    private final String code;

    TermijnVenster(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Appends this window's condition on the deadline attribute {@code uiterlijk} to an HQL where clause. */
    public void voegToe(StringBuilder where, Map<String, Object> params, String uiterlijk, LocalDate vandaag) {
        if (this == VANDAAG) {
            where.append(" and ").append(uiterlijk).append(" = :vandaag");
            params.put("vandaag", vandaag);
        } else if (this == VERLOPEN) {
            where.append(" and ").append(uiterlijk).append(" < :vandaag");
            params.put("vandaag", vandaag);
        }
    }
}
