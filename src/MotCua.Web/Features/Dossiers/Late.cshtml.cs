using System.Globalization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Hồ sơ quá hạn: the leader's view of late dossiers per unit and per officer, with the step where the time was lost.</summary>
public sealed class LateModel(ListLateDossiers late, DossierRegister register) : UnitPeriodPage<LateDossiers>(register)
{
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);

    protected override Task<Outcome<LateDossiers>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct) =>
        late.HandleAsync(new LateQuery(unitCode, from, to), ct);
}
