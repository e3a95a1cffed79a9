package nl.trede.intake.domain;

import static nl.trede.intake.domain.MeldingWorkflow.Actie.AFWIJZEN;
import static nl.trede.intake.domain.MeldingWorkflow.Actie.AMBITIEGESPREK_VASTLEGGEN;
import static nl.trede.intake.domain.MeldingWorkflow.Actie.DOORZETTEN;
import static nl.trede.intake.domain.MeldingWorkflow.Actie.INTREKKEN;
import static nl.trede.intake.domain.MeldingWorkflow.Actie.KLANTGROEP_BEPALEN;
import static nl.trede.intake.domain.MeldingWorkflow.Actie.SCREENING_AFRONDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeldingWorkflowTest {

    private static Optional<MeldingStatus> next(MeldingType type, MeldingStatus from, MeldingWorkflow.Actie actie) {
        return MeldingWorkflow.volgende(type, from, actie);
    }

    @Test
    void theStandardPathOfTheProductenboek() {
        // sources D3.1 (PB §2.1): melding → screeningsgesprek → ambitiegesprek → groepsindeling.
        MeldingType t = MeldingType.AANVRAAG_LEVENSONDERHOUD;
        assertEquals(Optional.of(MeldingStatus.SCREENING_AFGEROND), next(t, MeldingStatus.GEREGISTREERD, SCREENING_AFRONDEN));
        assertEquals(Optional.of(MeldingStatus.AMBITIEGESPREK_GEHOUDEN),
                next(t, MeldingStatus.SCREENING_AFGEROND, AMBITIEGESPREK_VASTLEGGEN));
        assertEquals(Optional.of(MeldingStatus.KLANTGROEP_BEPAALD),
                next(t, MeldingStatus.AMBITIEGESPREK_GEHOUDEN, KLANTGROEP_BEPALEN));
        assertEquals(Optional.of(MeldingStatus.KLANTGROEP_BEPAALD),
                next(t, MeldingStatus.KLANTGROEP_BEPAALD, KLANTGROEP_BEPALEN), "revisable until doorgezet");
        assertEquals(Optional.of(MeldingStatus.DOORGEZET), next(t, MeldingStatus.KLANTGROEP_BEPAALD, DOORZETTEN));
    }

    @Test
    void noStepIsSkippedOnTheStandardPath() {
        MeldingType t = MeldingType.VERZOEK_ONDERSTEUNING;
        assertTrue(next(t, MeldingStatus.GEREGISTREERD, AMBITIEGESPREK_VASTLEGGEN).isEmpty());
        assertTrue(next(t, MeldingStatus.GEREGISTREERD, KLANTGROEP_BEPALEN).isEmpty());
        assertTrue(next(t, MeldingStatus.SCREENING_AFGEROND, KLANTGROEP_BEPALEN).isEmpty(),
                "the ambitiegesprek places the klant in a group (PB §2.2.3)");
        assertTrue(next(t, MeldingStatus.GEREGISTREERD, DOORZETTEN).isEmpty());
        assertTrue(next(t, MeldingStatus.AMBITIEGESPREK_GEHOUDEN, DOORZETTEN).isEmpty());
    }

    @Test
    void aSchoolLeaverSignalMaySkipTheAmbitiegesprek() {
        // sources D2.3 default placements: VSO/PrO youth go from school to KonnecteD directly and skip
        // the poortwachter and the ambitiegesprek (PB §4.2).
        MeldingType t = MeldingType.SIGNAAL_KETENPARTNER;
        assertEquals(Optional.of(MeldingStatus.KLANTGROEP_BEPAALD), next(t, MeldingStatus.GEREGISTREERD, KLANTGROEP_BEPALEN));
        assertEquals(Optional.of(MeldingStatus.AMBITIEGESPREK_GEHOUDEN),
                next(t, MeldingStatus.GEREGISTREERD, AMBITIEGESPREK_VASTLEGGEN));
        assertTrue(next(t, MeldingStatus.GEREGISTREERD, DOORZETTEN).isEmpty(), "still a klantgroep first");
    }

    @ParameterizedTest
    @EnumSource(value = MeldingStatus.class, names = {"GEREGISTREERD", "SCREENING_AFGEROND",
            "AMBITIEGESPREK_GEHOUDEN", "KLANTGROEP_BEPAALD"})
    void anOpenMeldingCanBeWithdrawnOrRejected(MeldingStatus open) {
        // PB §2.2.2: the klant may sign the form withdrawing the melding; referral to UWV/DUO ends it.
        assertEquals(Optional.of(MeldingStatus.INGETROKKEN), next(MeldingType.AANVRAAG_LEVENSONDERHOUD, open, INTREKKEN));
        assertEquals(Optional.of(MeldingStatus.AFGEWEZEN), next(MeldingType.AANVRAAG_LEVENSONDERHOUD, open, AFWIJZEN));
    }

    @ParameterizedTest
    @EnumSource(value = MeldingStatus.class, names = {"DOORGEZET", "AFGEWEZEN", "INGETROKKEN", "DOORGESTUURD_HANDHAVING"})
    void aClosedMeldingAllowsNothing(MeldingStatus closed) {
        for (MeldingType type : MeldingType.values()) {
            assertEquals(EnumSet.noneOf(MeldingWorkflow.Actie.class), MeldingWorkflow.toegestaan(type, closed));
        }
    }

    @Test
    void aTipGoesToEnforcementAtOnceAndAllowsNothing() {
        // the intake requirements: tip handhaving is forwarded to enforcement, never shown to casework as a tip.
        assertEquals(MeldingStatus.DOORGESTUURD_HANDHAVING, MeldingWorkflow.statusNaRegistratie(MeldingType.TIP_HANDHAVING));
        assertEquals(MeldingStatus.GEREGISTREERD, MeldingWorkflow.statusNaRegistratie(MeldingType.SIGNAAL_KETENPARTNER));
        assertTrue(MeldingWorkflow.toegestaan(MeldingType.TIP_HANDHAVING, MeldingStatus.GEREGISTREERD).isEmpty());
    }
}
