using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// How units are named in the header of an administrative document (Decree 30/2020, Appendix I):
/// upper case, "Ủy ban nhân dân" shortened to "UBND" for the governing body, and the place name
/// of the locality that issues it.
/// </summary>
public static class OfficialNames
{
    private static readonly string[] LocalityPrefixes =
        ["Ủy ban nhân dân tỉnh ", "Ủy ban nhân dân thành phố ", "Ủy ban nhân dân thị xã ", "Ủy ban nhân dân huyện ", "Ủy ban nhân dân phường ", "Ủy ban nhân dân xã ", "Ủy ban nhân dân thị trấn "];

    public static string Governing(Unit unit) => unit.Name.Replace("Ủy ban nhân dân", "UBND", StringComparison.Ordinal).ToUpper(ApiCulture);

    public static string Issuing(Unit desk) => desk.Kind == UnitKind.OneStopDesk ? "BỘ PHẬN MỘT CỬA" : desk.Name.ToUpper(ApiCulture);

    /// <summary>The district-level (or provincial) locality above the unit: "Phước Long" for a ward of thị xã Phước Long.</summary>
    public static string Place(Unit unit, IReadOnlyDictionary<Guid, Unit> units)
    {
        foreach (var cursor in UnitLookup.SelfAndAncestors(unit, units))
        {
            if (cursor.Kind is UnitKind.District or UnitKind.Province && LocalityPrefixes.FirstOrDefault(p => cursor.Name.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
            {
                return cursor.Name[prefix.Length..];
            }
        }

        return unit.Name;
    }

    /// <summary>The header of a paper <paramref name="unit"/> issues under its parent (the unit itself at the top), numbered or not.</summary>
    public static Documents.Models.DocumentHeader Header(Unit unit, IReadOnlyDictionary<Guid, Unit> units, string number, DateOnly date)
    {
        var governing = unit.ParentId is { } parent ? units[parent] : unit;
        return new(Governing(governing), Issuing(unit), number, Place(unit, units), date);
    }

    private static readonly System.Globalization.CultureInfo ApiCulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
