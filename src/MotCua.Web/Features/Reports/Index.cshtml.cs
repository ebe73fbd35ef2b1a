using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Báo cáo định kỳ: an officer picks a form, one of his units and a period, reads the report, downloads it as a
/// workbook or PDF, and — as the unit's leader — submits it; the parent's officers see which sub-units submitted and
/// who is late, and accept or return their reports.
/// </summary>
public sealed class IndexModel(
    DossierRegister register, ListForms forms, ReportSubjects subjects, ComputeReport compute, ListSubmissions board,
    SubmitReport submit, DecideSubmission decide, ReportPeriods periods, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>The periods the picker offers, by name.</summary>
    public IReadOnlyList<PeriodChoice> PeriodOptions { get; private set; } = [];

    /// <summary>The shown report's period in words, its code when it has none.</summary>
    public string? PeriodName { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Basis { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? IncludePredecessors { get; set; }

    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public IReadOnlyList<FormInfo> Forms { get; private set; } = [];

    public ReportResponse? Report { get; private set; }

    public IReadOnlyList<HeaderCell> Header { get; private set; } = [];

    public SubmissionBoard? Board { get; private set; }

    /// <summary>What the last post did, shown above the report.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>The query of the report shown, for the download links and the redirect after a post.</summary>
    public string Query => string.Join("&", new[] { ("unitCode", UnitCode), ("period", Period), ("basis", Basis), ("by", By), ("source", Source), ("includePredecessors", IncludePredecessors == true ? "true" : null) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        Forms = forms.Handle();
        Form ??= "II.06";
        UnitCode ??= Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        Period ??= LastQuarter(periods, clock);
        PeriodOptions = PeriodChoices.Recent(periods, DossierPeriod.Today(clock), Period);
        var subject = await subjects.ResolveAsync(Form, new ReportQuery(UnitCode, Period, Basis, By, null, null, null, null, Source, IncludePredecessors), ct);
        var report = subject.Failed ? subject.Error : await compute.ComputeAsync(subject.Value, ct);
        if (report.Failed)
        {
            Refuse(report.Error);
            return;
        }

        Report = report.Value;
        PeriodName = PeriodChoices.NameOf(periods, report.Value.Period.Code)?.ToString() ?? report.Value.Period.Code;
        Header = HeaderCell.Layout(subject.Value.Form);
        if (subject.Value.SubUnits.Count > 0 && subject.Value.Period.Kind != PeriodKind.Range)
        {
            var found = await board.HandleAsync(Form, UnitCode, Period, ct);
            Board = found.Failed ? null : found.Value;
        }
    }

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => AfterAsync(
        submit.HandleAsync(Form ?? string.Empty, new SubmissionRequest(UnitCode, Period), ct),
        s => Text.Pick($"Đã gửi báo cáo (lần {s.Version}) lên đơn vị cấp trên.", $"Report submitted (version {s.Version}) to the parent unit."), ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => AfterAsync(
        decide.HandleAsync(Form ?? string.Empty, id, accept: true, null, ct), s => Text.Pick($"Đã tiếp nhận báo cáo của {s.UnitCode}.", $"Accepted the report of {s.UnitCode}."), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken ct) => AfterAsync(
        decide.HandleAsync(Form ?? string.Empty, id, accept: false, new ReturnRequest(reason), ct), s => Text.Pick($"Đã trả lại báo cáo của {s.UnitCode}.", $"Returned the report of {s.UnitCode}."), ct);

    /// <summary>A refused post shows its problem with the report; a done one goes back to the report (post, redirect, get).</summary>
    private async Task<IActionResult> AfterAsync(Task<Outcome<SubmissionInfo>> action, Func<SubmissionInfo, string> message, CancellationToken ct)
    {
        var outcome = await action;
        if (outcome.Failed)
        {
            await OnGetAsync(ct);
            Refuse(outcome.Error);
            return Page();
        }

        Done = message(outcome.Value);
        return Redirect($"/Reports?form={Uri.EscapeDataString(Form ?? string.Empty)}&{Query}");
    }

    /// <summary>The last quarter whose cut-off has passed: the report a unit is preparing or has just sent.</summary>
    public static string LastQuarter(ReportPeriods periods, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var today = DossierPeriod.Today(clock);
        var month = today.Day >= 15 ? today.AddMonths(1) : today;
        var running = periods.Parse(string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-Q{((month.Month - 1) / 3) + 1}"), PeriodBasis.Cutoff);
        return running is null ? string.Empty : periods.Previous(running).Code;
    }
}
