-- Issue 4 "Klantgroep doorstroom" (seed-004-deventer.md §2.3–2.4, PB §2.2.4, §3.2, §4.2, §5.3, §6.3): every change of
-- klantgroep with its criterion, decider, reason and the klant's own preference; Matchen's optional 3-month extension;
-- Groeien klanten using Matchen services while staying in Groeien.
ALTER TABLE zaak ADD COLUMN klantgroep_sinds DATE;
ALTER TABLE zaak ADD COLUMN matchen_verlengd_tot DATE;
ALTER TABLE zaak ADD COLUMN gebruikt_matchen_diensten BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE zaak SET klantgroep_sinds = CAST(created_at AT TIME ZONE 'Europe/Amsterdam' AS DATE) WHERE klantgroep IS NOT NULL;

CREATE TABLE klantgroep_wissel (
    id                  UUID          PRIMARY KEY,
    zaak_id             UUID          NOT NULL REFERENCES zaak (id),
    van                 VARCHAR(40)   NOT NULL,
    naar                VARCHAR(40)   NOT NULL,
    criterium           VARCHAR(60)   NOT NULL,
    reden               TEXT          NOT NULL,
    klant_voorkeur      VARCHAR(40),
    verschil_van_mening BOOLEAN       NOT NULL,
    besloten_door       VARCHAR(200)  NOT NULL,
    besloten_op         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX klantgroep_wissel_zaak ON klantgroep_wissel (zaak_id, besloten_op);
