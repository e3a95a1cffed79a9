-- The contract with casework, and the steps after a blokkering.
--
-- catalogus_publicatie: which catalogue of gedragingscategorieen (the configured regelset's versions, their codes
-- and klantgroep applicability) was published as gedragingscategorieen-gewijzigd, by fingerprint: a catalogue is
-- published once, at the load of a version or at the first start that finds it unpublished.
CREATE TABLE catalogus_publicatie (
    regelset_code   VARCHAR(60)   NOT NULL,
    vingerafdruk    VARCHAR(64)   NOT NULL,
    gepubliceerd_op TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (regelset_code, vingerafdruk)
);

-- Faciliteren, 1st no-show (Deventer PB §5.3.1, §5.3.2, §7.2): the besluit of the € 50 carries the new appointment.
ALTER TABLE maatregel
    ADD COLUMN nieuwe_afspraak_datum  DATE,
    ADD COLUMN nieuwe_afspraak_tijd   TIME,
    ADD COLUMN nieuwe_afspraak_soort  VARCHAR(40),
    ADD COLUMN nieuwe_afspraak_plaats VARCHAR(200),
    ADD CONSTRAINT maatregel_nieuwe_afspraak CHECK ((nieuwe_afspraak_datum IS NULL) = (nieuwe_afspraak_tijd IS NULL)
        AND (nieuwe_afspraak_datum IS NULL) = (nieuwe_afspraak_soort IS NULL)
        AND (nieuwe_afspraak_datum IS NULL) = (nieuwe_afspraak_plaats IS NULL));

-- A blokkering lifted (opgeheven_per: GWS pays again from that day), or, for Zorg after an unanswered
-- hersteltermijn, the uitkering stopped (stopgezet_per; Deventer PB §6.3.1, §7.2).
ALTER TABLE maatregel
    ADD COLUMN opgeheven_per                  DATE,
    ADD COLUMN opheffing_reden                TEXT,
    ADD COLUMN opgeheven_door                 VARCHAR(100),
    ADD COLUMN blokkering_hersteltermijn_verzonden_op DATE,
    ADD COLUMN blokkering_hersteltermijn_tot  DATE,
    ADD COLUMN stopgezet_per                  DATE,
    ADD COLUMN stopzetting_reden              TEXT,
    ADD COLUMN stopgezet_door                 VARCHAR(100),
    ADD CONSTRAINT maatregel_blokkering_einde CHECK (opgeheven_per IS NULL OR stopgezet_per IS NULL);
