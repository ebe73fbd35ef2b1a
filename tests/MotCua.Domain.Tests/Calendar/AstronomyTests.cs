using MotCua.Domain.Calendar;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>
/// The astronomy under the lunar calendar against the worked examples of J. Meeus, Astronomical Algorithms (2nd ed.),
/// and ΔT against the polynomials of Espenak and Meeus (NASA, 2006), each worked out by hand from the published formula.
/// </summary>
public sealed class AstronomyTests
{
    [Fact]
    public void The_new_moon_of_February_1977_falls_where_Meeus_example_49a_puts_it()
    {
        // Example 49.a: k = −283, JDE = 2443192.65118 (TT, 1977-02-18 03:37:40). ΔT for 1977.13 by the 1961–1986
        // polynomial, t = 2.1325: 45.45 + 1.067·t − t²/260 − t³/718 = 47.694 s.
        double universal = 2443192.65118 - 47.694 / 86400;

        Astronomy.NewMoon(-283).ShouldBe(universal, 0.00001);
        Astronomy.NearestLunation(universal).ShouldBe(-283);
        Astronomy.NearestLunation(universal + 16).ShouldBe(-282);
        Astronomy.NearestLunation(universal - 16).ShouldBe(-284);
    }

    [Theory]
    // New moons from the full VSOP87/ELP ephemerides of astronomy-engine 2.1.19 (SearchMoonPhase(0, …), universal time),
    // each where the angle of one of the smallest periodic terms (0.00003 d) is within 0.2° of 0° or 180°: a wrong
    // operation on that term, not its sine, would move the new moon by minutes there.
    [InlineData(150, "2012-02-21T22:35:19Z")]  // sin(M′ + M − 2F) ≈ −0.002
    [InlineData(180, "2014-07-26T22:42:29Z")]  // sin(2M′ + 2F) ≈ −0.0005
    [InlineData(-195, "1984-04-01T12:10:19Z")] // sin(M′ − M + 2F) ≈ 0.003
    public void New_moons_agree_with_a_full_ephemeris_to_within_a_minute(int k, string ephemeris)
    {
        Astronomy.NewMoon(k).ShouldBe(JulianDay(ephemeris), 1.0 / 1440);
    }

    [Fact]
    public void The_suns_apparent_longitude_on_13_October_1992_is_Meeus_example_25a()
    {
        // Example 25.a: 1992 October 13.0 TD, JDE 2448908.5: apparent longitude 199.90895° (the low-accuracy method).
        // ΔT for 1992.78 by the 1986–2005 polynomial: 58.95 s, taken off to give the universal time the method is fed.
        double universal = 2448908.5 - 58.95 / 86400;

        Astronomy.SunApparentLongitude(universal).ShouldBe(199.90895, 0.00002);
    }

    [Theory]
    // The solstices of 2025 from astronomy-engine 2.1.19 (Seasons(2025), universal time): the sun at 90° and 270°, in
    // [0°, 360°) after 2000 as before it (the series gives a positive angle there, a negative one before J2000), to the
    // 0.01° the low-accuracy method promises.
    [InlineData("2025-06-21T02:42:18Z", 90.0)]
    [InlineData("2025-12-21T15:03:04Z", 270.0)]
    public void The_sun_stands_at_its_solstice_longitudes_in_2025(string instant, double longitude)
    {
        Astronomy.SunApparentLongitude(JulianDay(instant)).ShouldBe(longitude, 0.01);
    }

    [Theory]
    // From 13 October 1992 the sun is about 80° short of the solstice (270°) and past the equinox (0°): the search ends
    // where the longitude asked for is reached, from a guess days away, across 360°/0° too.
    [InlineData(270.0, 2448978.0)]
    [InlineData(0.0, 2449067.0)]
    [InlineData(199.90895, 2448900.0)]
    public void The_sun_is_found_where_it_reaches_a_longitude(double longitude, double guess)
    {
        double found = Astronomy.SunReachesLongitude(longitude, guess);

        double reached = Astronomy.SunApparentLongitude(found);
        Math.Min(Math.Abs(reached - longitude), 360 - Math.Abs(reached - longitude)).ShouldBeLessThan(0.000001);
        Math.Abs(found - guess).ShouldBeLessThan(20);
    }

    [Theory]
    // Before 1860 the long-term parabola −20 + 32u², u = (year − 1820)/100.
    [InlineData(1800, -18.72)]
    [InlineData(1859, -15.1328)]
    // Then each span's own polynomial, from its first year (Espenak and Meeus, 2006).
    [InlineData(1860, 7.62)]
    [InlineData(1880, -5.008487)]
    [InlineData(1900, -2.79)]
    [InlineData(1910, 10.3884)]
    [InlineData(1920, 21.2)]
    [InlineData(1930, 24.1329)]
    [InlineData(1941, 24.773141)]
    [InlineData(1960, 33.103434)]
    [InlineData(1961, 33.579881)]
    [InlineData(1985, 54.342627)]
    [InlineData(1986, 54.877738)]
    [InlineData(1995, 60.795421)]
    [InlineData(2005, 64.670575)]
    [InlineData(2020, 71.599)]
    // From 2050: −20 + 32u² − 0.5628·(2150 − year) until 2150, the parabola alone after.
    [InlineData(2050, 93.0)]
    [InlineData(2100, 202.74)]
    [InlineData(2150, 328.48)]
    [InlineData(2200, 442.08)]
    public void Delta_T_follows_the_polynomial_of_its_span(double year, double seconds) =>
        Astronomy.DeltaTSeconds(year).ShouldBe(seconds, 0.00001);

    /// <summary>The Julian day of an ISO instant: 2440587.5 is 1970-01-01 00:00 UT.</summary>
    private static double JulianDay(string iso) =>
        2440587.5 + DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() / 86_400_000.0;
}
