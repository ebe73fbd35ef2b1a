using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Bench;

/// <summary>
/// A province-scale SQLite database made once and kept in the temp folder: units × procedures, dossiers received
/// over a year with their channel, due instant and end, and the daily aggregates those dossiers add up to (through
/// the same <see cref="DossierTally"/> the application uses).
/// </summary>
public static class ProvinceData
{
    public const int Units = 100;
    public const int Procedures = 300;
    public const int Dossiers = 200_000;
    public static readonly DateOnly Start = new(2024, 1, 1);

    public static string Path => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"motcua-bench-{Units}x{Procedures}x{Dossiers}.db");

    public static SqliteMotCuaDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite($"Data Source={Path}").Options);

    public static async Task EnsureAsync()
    {
        if (File.Exists(Path))
        {
            return;
        }

        var building = Path + ".building";
        File.Delete(building);
        await using (var db = new SqliteMotCuaDbContext(new DbContextOptionsBuilder<SqliteMotCuaDbContext>().UseSqlite($"Data Source={building}").Options))
        {
            await db.Database.MigrateAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var units = Enumerable.Range(0, Units).Select(i => new Unit { Code = $"U{i:000}", Name = $"Đơn vị {i}", Kind = i % 10 == 0 ? UnitKind.District : UnitKind.Commune }).ToList();
            var procedures = Enumerable.Range(0, Procedures).Select(i => new Procedure
            {
                Code = $"1.{i:000000}.000.00.00.H10", Name = $"Thủ tục {i}", Field = $"Lĩnh vực {i % 20}", TimeLimit = new TimeLimit(5, TimeLimitUnit.WorkingDays),
            }).ToList();
            db.Units.AddRange(units);
            db.Procedures.AddRange(procedures);
            await db.SaveChangesAsync();

            var random = new Random(766);
            var counts = new Dictionary<(Guid, Guid, DailyCount), int>();
            for (var batch = 0; batch < Dossiers / 5000; batch++)
            {
                for (var i = 0; i < 5000; i++)
                {
                    var dossier = Generate(random, batch * 5000 + i, units[random.Next(Units)], procedures[random.Next(Procedures)]);
                    db.Dossiers.Add(dossier);
                    foreach (var count in DossierTally.Of(Facts(dossier), [], withFees: false, resultIsDocument: false, ratedAt: null))
                    {
                        var key = (dossier.UnitId, dossier.ProcedureId, count);
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            db.DailyAggregates.AddRange(counts.Select(c => new DailyAggregate
            {
                UnitId = c.Key.Item1, ProcedureId = c.Key.Item2, Day = c.Key.Item3.Day, Measure = c.Key.Item3.Measure, Officer = c.Key.Item3.Officer, Count = c.Value,
            }));
            await db.SaveChangesAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, Path);
    }

    /// <summary>The facts the application would read from the dossier and its events: here the row holds them all.</summary>
    public static DossierFacts Facts(Dossier dossier) => new()
    {
        Code = dossier.Code,
        ProcedureCode = string.Empty,
        Channel = dossier.Channel,
        ReceivedAt = dossier.ReceivedAt!.Value,
        Dues = [new DueChange(dossier.ReceivedAt.Value, dossier.DueAt!.Value)],
        EndedAt = dossier.EndedAt,
        End = dossier.EndedAt is null ? null : DossierEnd.Resolved,
    };

    private static Dossier Generate(Random random, int n, Unit unit, Procedure procedure)
    {
        var received = new DateTimeOffset(Start.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7)).AddDays(random.Next(365)).AddMinutes(random.Next(480));
        var due = received.AddDays(7);
        DateTimeOffset? ended = random.Next(10) == 0 ? null : received.AddDays(random.Next(1, 10));
        return new Dossier
        {
            Code = $"B-{n:0000000}",
            ProcedureId = procedure.Id,
            UnitId = unit.Id,
            CurrentUnitId = unit.Id,
            Channel = (IntakeChannel)random.Next(3),
            Status = ended is null ? DossierStatus.InProgress : DossierStatus.Returned,
            Applicant = new Applicant("Nguyễn Văn An", null, null, null, null, null),
            SubmittedAt = received,
            ReceivedAt = received,
            DueAt = due,
            EndedAt = ended,
        };
    }
}
