namespace MotCua.Domain.Calendar;

/// <summary>Citations used for the statutory holidays, kept in one place so the wording stays identical.</summary>
public static class LegalSources
{
    /// <summary>The list of paid public holidays.</summary>
    public const string Holidays = "Bộ luật Lao động 2019, khoản 1 Điều 112";

    /// <summary>
    /// The compensatory day: the Labour Code puts it in the article on weekly rest (Điều 111), not in Điều 112,
    /// and the government's notices cite it that way.
    /// </summary>
    public const string CompensatoryDay = "Bộ luật Lao động 2019, khoản 3 Điều 111";

    /// <summary>The Prime Minister's yearly choice of the Tết days and of the second National Day.</summary>
    public const string PrimeMinisterDecides = "Bộ luật Lao động 2019, khoản 3 Điều 112";
}
