namespace MotCua.Web.Features.Dashboard;

public sealed record DashboardQuery(string? UnitCode, string? From, string? To);

/// <summary>Dossiers of a period: received by channel, how processing ended, what is still open at its end.</summary>
public sealed record DashboardFlow(
    int Received, int Counter, int Online, int Postal, int Early, int OnTime, int Late, int Withdrawn, int Refused, int InProgress, int Overdue);

/// <summary>A share: numerator over denominator, in percent with two decimals; null value when there was nothing to count.</summary>
public sealed record DashboardRate(string Id, string Name, decimal Numerator, decimal Denominator, decimal? Value, string Source);

/// <summary>One row of a breakdown (a field, a unit under the chosen one, a month).</summary>
public sealed record DashboardRow(string Key, string Name, int Received, int Online, int Early, int OnTime, int Late, int Withdrawn, int Refused);

/// <summary>
/// An officer's count in the period: dossiers received (one-stop officers) or steps completed (specialists), and for
/// one-stop officers the norm of his level prorated to the period with the count's share of it.
/// </summary>
public sealed record OfficerRow(string UserName, string FullName, string UnitName, int Count, decimal? Norm, decimal? PercentOfNorm);

public sealed record DashboardReport(
    string UnitCode, string UnitName, DateOnly From, DateOnly To, DateTimeOffset ComputedAt, DashboardFlow Totals, IReadOnlyList<DashboardRate> Rates,
    IReadOnlyList<DashboardRow> ByField, IReadOnlyList<DashboardRow> ByUnit, IReadOnlyList<DashboardRow> Months,
    IReadOnlyList<OfficerRow> Receptionists, IReadOnlyList<OfficerRow> Specialists);
