using MotCua.Domain.Organization;

namespace MotCua.Domain.Reports;

/// <summary>Whose deadline a report meets: a commune or a division reports to the district, the district to the province.</summary>
public enum ReportingLevel
{
    Unit,
    District,
    Province,
}

public static class ReportingLevels
{
    public static ReportingLevel Of(UnitKind kind) => kind switch
    {
        UnitKind.District => ReportingLevel.District,
        UnitKind.Province => ReportingLevel.Province,
        _ => ReportingLevel.Unit,
    };
}
