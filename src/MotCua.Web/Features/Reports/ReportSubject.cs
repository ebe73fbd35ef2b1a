using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// What a report is asked for, checked: the form in force at the end of the period for the unit's level, a unit in
/// the officer's scope, a period that has begun, and the instants its figures are judged over — up to now while it runs.
/// </summary>
public sealed record ReportSubject(ReportForm Form, Unit Unit, ReportPeriod Period, ReportingPeriod Instants, bool ByUnit, IReadOnlyDictionary<Guid, Unit> Units, IReadOnlySet<Guid> Readable)
{
    /// <summary>
    /// The units of <paramref name="root"/>'s subtree that the report counts: those the officer may read; for the
    /// reporting unit, its <see cref="Predecessors"/> too, whose history is its own. Not their sub-units: those that
    /// ended into it are predecessors themselves, and those that moved elsewhere took their history with them.
    /// </summary>
    public HashSet<Guid> Subtree(Guid root)
    {
        var subtree = UnitLookup.ReadableSubtree(root, Units.Values, Readable);
        if (root == Unit.Id)
        {
            subtree.UnionWith(Predecessors.Where(Units.ContainsKey));
        }

        return subtree;
    }

    /// <summary>The units merged or split into the reporting unit, when the report includes them (<c>includePredecessors</c>).</summary>
    public IReadOnlyList<Guid> Predecessors { get; init; } = [];

    /// <summary>The sub-units' rows hold the figures they submitted (REPORTS.md §6, consolidation), not live ones.</summary>
    public bool FromSubmissions { get; init; }

    /// <summary>
    /// The level a procedure of <paramref name="level"/> resolved by <paramref name="unitId"/> is counted at. Where the
    /// tree at the period's end has no district (the two-tier local government from 1 July 2025; REPORTS.md: the
    /// district columns disappear), a district-level procedure counts at the level of the nearest unit at or above its
    /// resolving unit that is a commune, a department or the province: the level that took the district's work.
    /// </summary>
    public ProcedureLevel CountedLevel(ProcedureLevel level, Guid unitId)
    {
        if (level != ProcedureLevel.District || Units.Values.Any(u => u.Kind == UnitKind.District && u.IsActive))
        {
            return level;
        }

        var unit = Units[unitId];
        while (unit.Kind is not (UnitKind.Province or UnitKind.Department or UnitKind.Commune) && unit.ParentId is { } parent)
        {
            unit = Units[parent];
        }

        return ReportRows.LevelOf(unit.Kind);
    }

    /// <summary>The level a unit's row is grouped under (by=unit): that of the procedures it resolves, counted as above.</summary>
    public ProcedureLevel LevelOf(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return CountedLevel(ReportRows.LevelOf(unit.Kind), unit.Id);
    }

    /// <summary>The direct sub-units that report to the unit: every active child but its one-stop desk, which reports nothing of its own.</summary>
    public IReadOnlyList<Unit> SubUnits =>
        [.. Units.Values.Where(u => u.ParentId == Unit.Id && u.IsActive && u.Kind != UnitKind.OneStopDesk && Readable.Contains(u.Id)).OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)];
}

/// <summary>Reads and checks a <see cref="ReportQuery"/>, with the vi/en messages of REPORTS.md's bad input.</summary>
public sealed class ReportSubjects(OrganizationHistory history, UnitLineage lineage, DossierPermissions permissions, ReportPeriods periods, ReportForms forms, TimeProvider clock)
{
    public static readonly Text FormNoun = new("biểu mẫu báo cáo", "Report form");

    /// <summary>The unit a report goes to: the parent; the Government Office for the province.</summary>
    public static string Receiving(Unit unit, IReadOnlyDictionary<Guid, Unit> units)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(units);
        return unit.ParentId is { } parent ? units[parent].Name : "Văn phòng Chính phủ";
    }

    public static readonly Text NotBegun = new("Kỳ báo cáo chưa bắt đầu: chỉ lập báo cáo cho kỳ đã qua hoặc đang diễn ra.", "The period has not begun: reports cover past or running periods.");

    public static readonly Text PeriodFormat = new(
        "Kỳ báo cáo phải có dạng 2024-M03, 2024-Q1, 2024-H1, 2024-9M, 2024-Y hoặc tháng theo Quyết định 933 2024-M03-933.",
        "The period must be written 2024-M03, 2024-Q1, 2024-H1, 2024-9M, 2024-Y, or a Decision 933 month 2024-M03-933.");

    public async Task<Outcome<ReportSubject>> ResolveAsync(string? formCode, ReportQuery query, CancellationToken ct)
    {
        if (!forms.Knows(formCode))
        {
            return Error.NotFound(FormNoun, formCode ?? string.Empty);
        }

        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var fields = new Dictionary<string, Text[]>();
        var basis = query.Basis?.ToLowerInvariant() switch
        {
            null or "" or "cutoff" => PeriodBasis.Cutoff,
            "calendar" => PeriodBasis.Calendar,
            _ => Fail<PeriodBasis?>(fields, "basis", new("Cách tính kỳ phải là cutoff (chốt số liệu) hoặc calendar (tháng dương lịch).", "basis must be cutoff or calendar.")),
        };
        bool byUnit = query.By?.ToLowerInvariant() switch
        {
            null or "" => false,
            "unit" => true,
            _ => Fail<bool>(fields, "by", new("Chỉ có thể chia theo đơn vị (by=unit).", "by can only be unit.")),
        };
        bool submitted = query.Source?.ToLowerInvariant() switch
        {
            null or "" or "live" => false,
            "submitted" when byUnit && string.IsNullOrWhiteSpace(query.From) && string.IsNullOrWhiteSpace(query.To) => true,
            _ => Fail<bool>(fields, "source", new("Nguồn số liệu là live (tính trực tiếp) hoặc submitted (số liệu các đơn vị trực thuộc đã gửi, cùng by=unit và một kỳ báo cáo).", "source is live, or submitted (the sub-units' submitted figures, with by=unit and a period code).")),
        };
        var period = Period(query, basis ?? PeriodBasis.Cutoff, fields);
        var today = DossierPeriod.Today(clock);
        if (period is not null && period.From > today)
        {
            fields["period"] = [NotBegun];
        }

        // The tree at the period's last day (today while it runs): a later reorganization leaves its figures and names as they were.
        var units = period is null ? null : await history.ByIdForPeriodAsync(period.To, ct);
        var unit = units?.GetValueOrDefault(found.Value.Id);
        if (units is not null && unit is null)
        {
            fields["unitCode"] = [OrganizationHistory.NotYetFounded];
        }

        var form = unit is null ? null : forms.Find(formCode, period!.To, unit.Kind);
        if (submitted && form is not null && form.Content != FormContent.Resolution)
        {
            fields["source"] = [new("Chỉ tổng hợp số liệu đã gửi cho biểu II.06.", "Submitted figures are consolidated for form II.06 only.")];
        }

        if (query.IncludePredecessors == true && form is not null && form.Content == FormContent.Late)
        {
            // The late list is read dossier by dossier within the officer's scope, where a predecessor out of it would be refused.
            fields["includePredecessors"] = [new("Danh sách hồ sơ quá hạn không gộp đơn vị tiền thân: hãy xem danh sách của từng đơn vị.", "The late list does not include predecessors: read each unit's list.")];
        }

        if (unit is not null && form is null)
        {
            fields["form"] = [new Text("Biểu {0} không áp dụng cho đơn vị này hoặc không còn hiệu lực trong kỳ.", "Form {0} is not for this unit's level or not in force in the period.").Format(formCode)];
        }

        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }

        var (start, end) = DossierPeriod.Instants(period!.From, period.To);
        // A running period is judged as of now, this instant included: what was received a moment ago counts. A
        // millisecond, not a tick: PostgreSQL keeps microseconds and would round a tick away.
        var now = clock.GetUtcNow().AddMilliseconds(1);
        return new ReportSubject(form!, unit!, period, new ReportingPeriod(start, end < now ? end : now), byUnit, units!, await permissions.ScopeInAsync(units!.Values, ct))
        {
            FromSubmissions = submitted,
            Predecessors = query.IncludePredecessors == true ? await lineage.PredecessorIdsAsync(unit!, ct) : [],
        };
    }

    private ReportPeriod? Period(ReportQuery query, PeriodBasis basis, Dictionary<string, Text[]> fields)
    {
        if (!string.IsNullOrWhiteSpace(query.Period))
        {
            return periods.Parse(query.Period.Trim(), basis)
                ?? Fail<ReportPeriod?>(fields, "period", PeriodFormat);
        }

        if (query.From is null && query.To is null)
        {
            return Fail<ReportPeriod?>(fields, "period", new("Chưa chọn kỳ báo cáo.", "The period is required."));
        }

        var days = DossierPeriod.Parse(query.From, query.To);
        if (days.Failed)
        {
            foreach (var (field, messages) in days.Error.Fields!)
            {
                fields[field] = messages;
            }

            return null;
        }

        return periods.Range(days.Value.From, days.Value.To);
    }

    private static T Fail<T>(Dictionary<string, Text[]> fields, string field, Text message)
    {
        fields[field] = [message];
        return default!;
    }
}
