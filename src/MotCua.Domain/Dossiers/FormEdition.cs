using System.Collections.Frozen;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// One set of one-stop forms and the first day (Vietnam time) it applies: the circular that issues them, each form's
/// number and title, and whether a late unit asks to extend the time for resolution rather than only giving a new
/// appointment (the 2025 form 04 is titled so).
/// </summary>
public sealed record FormEdition(DateOnly EffectiveFrom, string Circular, bool AsksForExtension, FrozenDictionary<OneStopForm, (string Number, string Title)> Titles)
{
    /// <exception cref="KeyNotFoundException">The edition has no form for <paramref name="form"/>.</exception>
    public OfficialForm Form(OneStopForm form) => new(this, Titles[form].Number, Titles[form].Title);
}

/// <summary>
/// A form as printed: its number, its title, and the line citing where it comes from
/// ("Mẫu số 01 ban hành kèm theo Thông tư số 01/2018/TT-VPCP").
/// </summary>
public sealed record OfficialForm(FormEdition Edition, string Number, string Title)
{
    public string Reference => $"Mẫu số {Number} ban hành kèm theo {Edition.Circular}";
}
