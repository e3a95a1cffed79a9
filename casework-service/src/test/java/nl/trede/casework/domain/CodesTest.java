package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.trede.platform.api.Coded;
import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/architecture.md, "API conventions: codes": every status or code on the wire is lowercase kebab-case. */
class CodesTest {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    @DisplayName("Every Coded enum of casework's domain answers lowercase kebab-case codes")
    void elkeCodeIsKebabCase() {
        List<String> fout = new ArrayList<>();
        int enums = 0;
        for (var type : LayerRules.mainClasses("nl.trede.casework.domain")) {
            if (!type.isEnum() || !type.isAssignableTo(Coded.class)) {
                continue;
            }
            enums++;
            for (Object constant : type.reflect().getEnumConstants()) {
                String code = ((Coded) constant).code();
                if (!KEBAB.matcher(code).matches()) {
                    fout.add(type.getSimpleName() + "." + constant + " = " + code);
                }
            }
        }
        assertEquals(List.of(), fout);
        assertTrue(enums >= 12, "found " + enums);
    }

    @Test
    @DisplayName("Statuses are stored by their constant's name (what the CHECKs, partial indexes and triggers name)")
    void opslagNaamBlijft() {
        assertEquals("OPEN", TaakStatus.OPEN.name());
        assertEquals("open", TaakStatus.OPEN.code());
        assertEquals("LOPEND", TrajectStatus.LOPEND.name());
        assertEquals("lopend", TrajectStatus.LOPEND.code());
        assertEquals("GEHOUDEN", OverlegStatus.GEHOUDEN.name());
        assertEquals("gehouden", OverlegStatus.GEHOUDEN.code());
    }
}
