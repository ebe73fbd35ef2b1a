-- The generated communes (BENCH-XA…, made by `MotCua.Load province`) resolve what the demo's busiest commune resolves,
-- from the act's day (1 July 2025), as the catalog's dated links would record it: one link and one span each.
--   psql -f bench/history/communes.sql
BEGIN;
CREATE TEMP TABLE template ON COMMIT DROP AS
  SELECT pu."ProcedureId" FROM "ProcedureUnit" pu
  WHERE pu."UnitId" = (SELECT "UnitId" FROM "ProcedureUnit" pu2 JOIN "Units" u ON u."Id" = pu2."UnitId"
                       WHERE u."Kind" = 'Commune' AND u."IsActive" AND u."Code" NOT LIKE 'BENCH-XA%'
                       GROUP BY 1 ORDER BY count(*) DESC, min(u."Code") LIMIT 1);
CREATE TEMP TABLE communes ON COMMIT DROP AS SELECT "Id" FROM "Units" WHERE "Code" LIKE 'BENCH-XA%';
INSERT INTO "ProcedureUnit" ("ProcedureId", "UnitId")
SELECT t."ProcedureId", c."Id" FROM template t CROSS JOIN communes c ON CONFLICT DO NOTHING;
INSERT INTO "ProcedureUnitSpans" ("Id", "ProcedureId", "UnitId", "ValidFrom", "ValidTo")
SELECT md5('span' || t."ProcedureId" || c."Id")::uuid, t."ProcedureId", c."Id", date '2025-07-01', NULL
FROM template t CROSS JOIN communes c ON CONFLICT DO NOTHING;
COMMIT;
