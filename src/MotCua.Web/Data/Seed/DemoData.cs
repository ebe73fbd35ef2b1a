using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// Fills an empty database with the demo province: units, officers for every role, the official
/// holiday schedules, the procedure catalog, its history (<see cref="DemoHistory"/>: the dossiers, the seeds' 2024
/// plans, the reform of 1 July 2025) and the feedback of the last months. Procedures go through the catalog import, so the demo data obeys the same rules as
/// data an office imports.
/// </summary>
public sealed class DemoData(MotCuaDbContext db, IPasswordHasher<Officer> hasher, ImportProcedures import, DemoHistory history, DemoFeedback feedback, DemoCitizen citizen, IConfiguration configuration)
{
    public const string DemoPassword = "MotCua@2024";

    public static IReadOnlyList<string> DemoUserNames => ReadSeed<List<OfficerSeed>>("officers.json").Select(o => o.UserName).ToList();

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedSchedulesAsync(ct);
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }

        await SeedUnitsAsync(ct);
        await SeedOfficersAsync(ct);
        await DemoTargets.SeedAsync(db, ct);
        var outcome = await import.FromJsonAsync(ReadSeed<List<ProcedureInput>>("procedures.json"), ct);
        if (outcome.Failed)
        {
            throw new InvalidOperationException("The demo procedures do not pass the catalog rules: " + string.Join("; ", outcome.Error.Fields!.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")));
        }

        await history.SeedAsync(ct);
        await feedback.SeedAsync(ct);
        await citizen.SeedAsync(configuration.GetValue("Demo:Dossiers", 0) > 0, ct);
    }

    /// <summary>The official schedules (2024–2026) are reference data every installation needs.</summary>
    public async Task SeedSchedulesAsync(CancellationToken ct)
    {
        var known = await db.ScheduleYears.Select(y => y.Year).ToListAsync(ct);
        foreach (var schedule in OfficialSchedules.Load().Where(s => !known.Contains(s.Year)))
        {
            db.ScheduleYears.Add(new ScheduleYear
            {
                Year = schedule.Year,
                Source = schedule.Source,
                Days = schedule.DaysOff.Select(d => Day(schedule.Year, d, d.Kind))
                    .Concat(schedule.WorkingSaturdays.Select(d => Day(schedule.Year, d, DayKind.WorkingSaturday))).ToList(),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static ScheduleDay Day(int year, Holiday holiday, DayKind kind) =>
        new() { Year = year, Date = holiday.Date, Name = holiday.Name, LegalSource = holiday.LegalSource, Kind = kind };

    private async Task SeedUnitsAsync(CancellationToken ct)
    {
        var seeds = ReadSeed<List<CreateUnitRequest>>("units.json");
        var byCode = seeds.ToDictionary(s => s.Code!, s => new Unit
        {
            Code = s.Code!,
            Name = s.Name!,
            Kind = s.Kind!.Value,
            AgencyCode = s.AgencyCode,
            SearchName = SearchText.Normalize(s.Name),
        });
        foreach (var seed in seeds)
        {
            var unit = byCode[seed.Code!];
            unit.ParentId = seed.ParentCode is { } p ? byCode[p].Id : null;
            db.Units.Add(unit);
            db.UnitChanges.Add(UnitLookup.Change(unit, UnitChangeKind.Created, null, unit.Name, "seed", DateTimeOffset.UnixEpoch));
        }

        await db.SaveChangesAsync(ct);

        // A desk is usually a child of the unit it serves: link desks once every unit exists. The desks served them
        // before the records began, as the units existed, so no version from the seeding day splits their history.
        foreach (var seed in seeds.Where(s => s.OneStopDeskCode is not null))
        {
            byCode[seed.Code!].OneStopDeskId = byCode[seed.OneStopDeskCode!].Id;
        }

        db.UnitFactsFrom = DateOnly.MinValue;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.UnitFactsFrom = null;
        }
    }

    private async Task SeedOfficersAsync(CancellationToken ct)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var seed in ReadSeed<List<OfficerSeed>>("officers.json"))
        {
            var officer = new Officer { UserName = seed.UserName, FullName = seed.FullName, Email = seed.Email };
            officer.PasswordHash = hasher.HashPassword(officer, DemoPassword);
            officer.Roles.AddRange(seed.Roles.Select(r => new RoleGrant { OfficerId = officer.Id, Role = r.Role, UnitId = units[r.UnitCode] }));
            db.Officers.Add(officer);
        }

        await db.SaveChangesAsync(ct);
    }

    internal static T ReadSeed<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", file)), ApiSetup.Json)
        ?? throw new InvalidOperationException($"Empty seed file {file}.");


    /// <summary>The e-mail addresses are made up for the demo (the daily digest needs one); no real mailbox.</summary>
    private sealed record OfficerSeed(string UserName, string FullName, string? Email, List<RoleInfo> Roles);
}
