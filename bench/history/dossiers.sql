-- Finished dossiers for a scale benchmark, cloned from the demo province's returned ones with every instant shifted
-- (dossier and events), deterministic: the same numbers give the same rows in any database seeded with the demo.
--   psql -v first=1 -v last=100000 -v from="'2019-01-01'" -v days=2190 -f bench/history/dossiers.sql
-- spreads dossiers first..last evenly over `days` days from `from`; codes BENCH-<n>, so ranges add up without clashing.
-- When the province has generated communes (`MotCua.Load province`, then communes.sql), a clone received from
-- 1 July 2025 on whose template a commune resolved goes to one of them in turn (its dossier, events at that commune
-- and aggregates), so that the two-tier periods spread over a province's hundred communes.
-- Their events carry the chain hash 'generated', not a real one: the start-up would otherwise seal every clone's chain
-- (minutes at 100,000s), and the integrity check rightly reports them as broken.
BEGIN;
CREATE TEMP TABLE template ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY "Code") - 1 AS k, d.* FROM "Dossiers" d WHERE "Status" = 'Returned' AND "ReceivedAt" IS NOT NULL;
CREATE TEMP TABLE spread ON COMMIT DROP AS
  SELECT array_agg("Id" ORDER BY "Code") AS ids FROM "Units" WHERE "Code" LIKE 'BENCH-XA%';
CREATE TEMP TABLE clone ON COMMIT DROP AS
  SELECT n, id, template, received - template_received AS shift, unit,
         CASE WHEN received >= timestamptz '2025-07-01 00:00+07' AND kind = 'Commune'
              THEN (SELECT ids[n % cardinality(ids) + 1] FROM spread) END AS moved_to
  FROM (SELECT n, md5('dossier' || n)::uuid AS id, t."Id" AS template, t."UnitId" AS unit, u."Kind" AS kind, t."ReceivedAt" AS template_received,
               timestamptz :from + interval '1 second' * round((n - :first)::float8 * :days * 86400 / (:last - :first + 1)) AS received
        FROM generate_series(:first, :last) n
        JOIN template t ON t.k = n % (SELECT count(*) FROM template)
        JOIN "Units" u ON u."Id" = t."UnitId") c;
INSERT INTO "Dossiers" (
  "Id", "Code", "ProcedureId", "UnitId", "CurrentUnitId", "ReceivedAtUnitId", "Channel", "Status",
  "Applicant_FullName", "Applicant_IdNumber", "Applicant_Phone", "Applicant_Email", "Applicant_Address", "Applicant_Organization",
  "SubmittedAt", "ReceivedAt", "DueAt", "RemainingWhenStopped", "StoppedAt", "EndedAt", "CurrentStep", "AssignedTo", "SupplementRequests",
  "RescheduledTo", "ResultAtResolvingUnit", "Vneid", "SynchronizedAt", "SyncedVersion", "ResultKind", "ResultSignature_Signer", "ResultSignature_Organization",
  "ResultSignature_SerialNumber", "ResultSignature_Issuer", "ResultSignature_SignedAt", "ResultCopies", "FeeExempt", "ResultPushedToPersonalStore",
  "CitizenId", "Rating_At", "Rating_Level", "Rating_Reasons", "Rating_Comment", "SearchText", "Version", "Components", "Payments")
SELECT c.id, 'BENCH-' || lpad(c.n::text, 8, '0'), d."ProcedureId", coalesce(c.moved_to, d."UnitId"),
       CASE WHEN d."CurrentUnitId" = c.unit THEN coalesce(c.moved_to, c.unit) ELSE d."CurrentUnitId" END, d."ReceivedAtUnitId", d."Channel", d."Status",
       d."Applicant_FullName", d."Applicant_IdNumber", d."Applicant_Phone", d."Applicant_Email", d."Applicant_Address", d."Applicant_Organization",
       d."SubmittedAt" + c.shift, d."ReceivedAt" + c.shift, d."DueAt" + c.shift, d."RemainingWhenStopped", d."StoppedAt" + c.shift, d."EndedAt" + c.shift,
       d."CurrentStep", d."AssignedTo", d."SupplementRequests", d."RescheduledTo" + c.shift, d."ResultAtResolvingUnit", d."Vneid", d."SynchronizedAt" + c.shift, d."SyncedVersion",
       d."ResultKind", d."ResultSignature_Signer", d."ResultSignature_Organization", d."ResultSignature_SerialNumber", d."ResultSignature_Issuer",
       d."ResultSignature_SignedAt" + c.shift, d."ResultCopies", d."FeeExempt", d."ResultPushedToPersonalStore", d."CitizenId",
       d."Rating_At" + c.shift, d."Rating_Level", d."Rating_Reasons", d."Rating_Comment", d."SearchText", d."Version", d."Components", d."Payments"
FROM clone c JOIN "Dossiers" d ON d."Id" = c.template;
INSERT INTO "DossierEvents" ("Id", "DossierId", "Sequence", "Type", "At", "ByUserName", "UnitId", "FromStatus", "ToStatus", "Step", "DueAt", "Note", "ChainHash")
SELECT md5('event' || c.n || '-' || e."Sequence")::uuid, c.id, e."Sequence", e."Type", e."At" + c.shift, e."ByUserName",
       CASE WHEN e."UnitId" = c.unit THEN coalesce(c.moved_to, c.unit) ELSE e."UnitId" END, e."FromStatus",
       e."ToStatus", e."Step", e."DueAt" + c.shift, e."Note", 'generated'
FROM clone c JOIN "DossierEvents" e ON e."DossierId" = c.template;
-- The tally each clone keeps, as the application would have kept it: the template's counts, each day moved by the
-- clone's shift (to the nearest day: a count near midnight may land on the day beside), and its timeline as it is, for
-- the timeline is kept relative to the receipt. The index and the reports read the timelines, not the events.
INSERT INTO "DossierTallies" ("DossierId", "UnitId", "ProcedureId", "Counts", "Timeline")
SELECT c.id, CASE WHEN t."UnitId" = c.unit THEN coalesce(c.moved_to, c.unit) ELSE t."UnitId" END, t."ProcedureId",
       coalesce((SELECT string_agg(to_char((((split_part(item, '|', 1)::date + time '12:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' + c.shift) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD')
                                   || '|' || split_part(item, '|', 2) || '|' || split_part(item, '|', 3), ';' ORDER BY i)
                 FROM unnest(string_to_array(t."Counts", ';')) WITH ORDINALITY AS counts(item, i) WHERE item <> ''), ''),
       t."Timeline"
FROM clone c JOIN "DossierTallies" t ON t."DossierId" = c.template;
-- The daily aggregates the application would have added up for the clones: their tallies, so that the dashboard and
-- the aggregates read a history as long as the dossiers'.
INSERT INTO "DailyAggregates" ("UnitId", "ProcedureId", "Day", "Measure", "Officer", "Count")
SELECT t."UnitId", t."ProcedureId", split_part(item, '|', 1)::date, split_part(item, '|', 2), split_part(item, '|', 3), count(*)
FROM clone c JOIN "DossierTallies" t ON t."DossierId" = c.id, unnest(string_to_array(t."Counts", ';')) item
WHERE item <> ''
GROUP BY 1, 2, 3, 4, 5
ORDER BY 3 -- in the order of the days, as the application writes them: a period's rows lie together, not over the whole table
ON CONFLICT ("UnitId", "ProcedureId", "Day", "Measure", "Officer") DO UPDATE SET "Count" = "DailyAggregates"."Count" + excluded."Count";
COMMIT;
ANALYZE "Dossiers";
ANALYZE "DossierEvents";
ANALYZE "DailyAggregates";
ANALYZE "DossierTallies";
