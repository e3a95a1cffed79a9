-- Herziening of a lid 5-8 verlaging on request (Pw art. 18 lid 11): the maatregel ends early; the GWS feed gets a
-- second mutatie for the same maatregel (soort herziening), so the feed is unique per (maatregel, soort).
ALTER TABLE maatregel
    DROP CONSTRAINT maatregel_status,
    ADD CONSTRAINT maatregel_status CHECK (status IN ('voorgesteld', 'opgelegd', 'afgezien', 'gewaarschuwd', 'herzien')),
    ADD COLUMN herzien_per DATE,
    ADD COLUMN herzien_reden TEXT,
    ADD COLUMN herzien_door VARCHAR(100);

ALTER TABLE uitkeringsmutatie
    DROP CONSTRAINT uitkeringsmutatie_maatregel_id_key,
    ADD COLUMN soort VARCHAR(30) NOT NULL DEFAULT 'opgelegd',
    ADD CONSTRAINT uitkeringsmutatie_maatregel_soort UNIQUE (maatregel_id, soort);
