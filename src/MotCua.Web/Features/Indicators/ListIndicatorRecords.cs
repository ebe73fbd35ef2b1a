using System.Collections.Frozen;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The records behind one figure of the index (INDICATORS-766.md, API: "so every number can be checked by hand"): the
/// very subjects the indicator's formula counted in the same computation as the index, never a second reading of the
/// records, for a unit in the officer's scope.
/// </summary>
public sealed class ListIndicatorRecords(RunServiceIndex run, DossierPermissions permissions)
{
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Missing = "missing";

    private static readonly FrozenDictionary<string, Text> Reasons = new Dictionary<string, Text>
    {
        ["endedOnTime"] = new("Kết thúc xử lý trước hoặc đúng hạn", "Processing ended early or on time"),
        ["endedLate"] = new("Kết thúc xử lý quá hạn", "Processing ended late"),
        ["inProgress"] = new("Đang xử lý, chưa quá hạn vào cuối kỳ", "In progress, not overdue at the end of the period"),
        ["overdue"] = new("Đang xử lý, đã quá hạn vào cuối kỳ", "In progress, overdue at the end of the period"),
        ["secondSupplement"] = new("Yêu cầu bổ sung lần thứ hai: tính là quá hạn", "A second supplement request: counted late"),
        ["online"] = new("Tiếp nhận trực tuyến", "Received online"),
        ["direct"] = new("Tiếp nhận trực tiếp", "Received at the desk"),
        ["postal"] = new("Tiếp nhận qua bưu chính công ích", "Received by post"),
        ["regulation"] = new("Phản ánh về quy định hành chính", "About regulations and procedures"),
        ["handling"] = new("Phản ánh về hành vi hành chính", "About officers' conduct"),
        ["late"] = new("Quá hạn", "Late"),
        ["unhappy"] = new("Có phản ánh hoặc đánh giá không hài lòng", "A complaint or an unsatisfied rating"),
        ["lateAndUnhappy"] = new("Quá hạn, và có phản ánh hoặc đánh giá không hài lòng", "Late, and a complaint or an unsatisfied rating"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Text Counted = new("Tính vào tử số", "Counted in the numerator");
    private static readonly Text NotCounted = new("Chỉ tính vào mẫu số: không đạt điều kiện của tử số", "In the denominator only: does not meet the numerator's condition");

    public async Task<Outcome<IndicatorRecords>> HandleAsync(string indicatorId, IndicatorRecordsQuery query, CancellationToken ct)
    {
        var part = query.Part ?? Denominator;
        if (part is not (Numerator or Denominator or Missing))
        {
            return Error.Validation("part", new("Phần của chỉ tiêu phải là numerator, denominator hoặc missing.", "part must be numerator, denominator or missing."));
        }

        var paging = PageRequest.From(query.Page, query.PageSize);
        if (paging.Failed)
        {
            return paging.Error;
        }

        var overseen = await permissions.FindUnitOverseenAsync(query.UnitCode, ct);
        if (overseen.Failed)
        {
            return overseen.Error;
        }

        var computed = await run.InScopeAsync(permissions, query.UnitCode, query.From, query.To, ct);
        if (computed.Failed)
        {
            return computed.Error;
        }

        var index = computed.Value;
        var indicator = index.Result.Groups.SelectMany(g => g.Indicators).FirstOrDefault(i => i.Indicator.Id == indicatorId);
        if (indicator is null)
        {
            return Error.NotFound(new("chỉ tiêu", "Indicator"), indicatorId);
        }

        // The most recently received dossiers first: those a leader is most likely to be asked about.
        var received = index.Facts.Dossiers.ToDictionary(d => d.Code, d => d.ReceivedAt, StringComparer.Ordinal);
        var subjects = indicator.Fraction.Subjects
            .Where(s => part switch
            {
                Numerator => s.InNumerator,
                Missing => !s.InNumerator,
                _ => true,
            })
            .OrderByDescending(s => s.Kind == SubjectKind.Dossier && received.TryGetValue(s.Code, out var at) ? at : DateTimeOffset.MinValue)
            .ThenByDescending(s => s.Code, StringComparer.Ordinal)
            .ToList();
        var page = paging.Value;
        var period = ReportingPeriod.Days(index.From, index.To);
        return new IndicatorRecords(
            index.Unit.Code, index.From, index.To, indicator.Indicator.Id, Text.Pick(indicator.Indicator.Vi, indicator.Indicator.En), part,
            indicator.Fraction.Numerator, indicator.Fraction.Denominator,
            [.. subjects.Skip(page.Skip).Take(page.PageSize).Select(s => Record(s, index.Facts, period))],
            page.Page, page.PageSize, subjects.Count);
    }

    private static IndicatorRecord Record(CountedSubject subject, IndexFacts facts, ReportingPeriod period)
    {
        var offset = WorkingCalendar.VietnamOffset;
        var why = subject.Reason is { } reason && Reasons.TryGetValue(reason, out var text) ? text : subject.InNumerator ? Counted : NotCounted;
        IndicatorRecord Bare(string? procedureCode, string? procedureName) =>
            new(subject.Kind, subject.Code, procedureCode, procedureName, null, null, null, subject.InNumerator, subject.Reason, why.ToString());
        switch (subject.Kind)
        {
            case SubjectKind.Dossier when facts.Dossiers.FirstOrDefault(d => d.Code == subject.Code) is { } dossier:
                var procedure = facts.ProcedureOf(dossier);
                var ended = ProcessingTimeliness.EndAsOf(dossier, period.To);
                return Bare(procedure.Code, procedure.Name) with
                {
                    ReceivedAt = dossier.ReceivedAt.ToOffset(offset),
                    DueAt = dossier.DueAt(ended ?? period.To).ToOffset(offset),
                    EndedAt = ended?.ToOffset(offset),
                };
            case SubjectKind.Feedback when facts.Feedback.FirstOrDefault(f => f.Code == subject.Code) is { } feedback:
                return Bare(null, null) with { ReceivedAt = feedback.ReceivedAt.ToOffset(offset), EndedAt = feedback.HandledAt < period.To ? feedback.HandledAt?.ToOffset(offset) : null };
            default:
                var named = facts.Procedures.FirstOrDefault(p => p.Code == subject.Code);
                return Bare(named?.Code, named?.Name);
        }
    }
}
