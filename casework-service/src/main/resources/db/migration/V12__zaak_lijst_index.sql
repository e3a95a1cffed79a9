-- The zaken list (GET /zaken?status=..., newest first) and its count: without an index every page was a sequential
-- scan and a sort of all zaken. Measured on 4,469 zaken (docs/BENCHMARKS.md): page query 6.8 ms -> 1.0 ms.
CREATE INDEX zaak_status_aangemaakt ON zaak (status, created_at DESC, id);
