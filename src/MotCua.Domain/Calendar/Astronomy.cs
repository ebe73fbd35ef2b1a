namespace MotCua.Domain.Calendar;

/// <summary>
/// The two astronomical quantities the lunisolar calendar is built on: the instant of each new moon and
/// the apparent longitude of the sun. Formulas follow J. Meeus, Astronomical Algorithms (2nd ed.),
/// chapters 25 and 49; they are good to well under a minute for the new moon and about 0.01° for the sun
/// over 1900–2100, which is what the calendar needs to put events on the right local day.
/// </summary>
internal static class Astronomy
{
    /// <summary>Julian day of 0001-01-01 00:00 UT, so that a <see cref="DateOnly.DayNumber"/> converts by addition.</summary>
    public const double JulianDayOfDayNumberZero = 1721425.5;

    private const double Radians = Math.PI / 180.0;

    private const double J2000 = 2451545.0;

    /// <summary>Mean synodic month in days.</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>Julian day (TT) of the mean new moon numbered 0 by Meeus (2000-01-06).</summary>
    private const double MeanNewMoonZero = 2451550.09766;

    /// <summary>The Meeus lunation number of the mean new moon nearest to a Julian day.</summary>
    public static int NearestLunation(double julianDay) =>
        (int)Math.Round((julianDay - MeanNewMoonZero) / SynodicMonth);

    /// <summary>Instant (Julian day, UT) of the true new moon with Meeus lunation number <paramref name="k"/>.</summary>
    public static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;

        double jde = MeanNewMoonZero + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // The eccentricity of the Earth's orbit shrinks slowly; terms involving the sun's anomaly scale with it.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Radians * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Radians * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Radians * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Radians * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double correction =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        // Planetary perturbations: each is a few seconds, but together they reach about half a minute.
        double planetary =
            0.000325 * SinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * SinDeg(251.88 + 0.016321 * k)
            + 0.000164 * SinDeg(251.83 + 26.651886 * k)
            + 0.000126 * SinDeg(349.42 + 36.412478 * k)
            + 0.000110 * SinDeg(84.66 + 18.206239 * k)
            + 0.000062 * SinDeg(141.74 + 53.303771 * k)
            + 0.000060 * SinDeg(207.14 + 2.453732 * k)
            + 0.000056 * SinDeg(154.84 + 7.306860 * k)
            + 0.000047 * SinDeg(34.52 + 27.261239 * k)
            + 0.000042 * SinDeg(207.19 + 0.121824 * k)
            + 0.000040 * SinDeg(291.34 + 1.844379 * k)
            + 0.000037 * SinDeg(161.72 + 24.198154 * k)
            + 0.000035 * SinDeg(239.56 + 25.513099 * k)
            + 0.000023 * SinDeg(331.55 + 3.592518 * k);

        jde += correction + planetary;

        // The formulas give dynamical time; civil dates are reckoned in universal time.
        return jde - DeltaTSeconds(YearOf(jde)) / 86400.0;
    }

    /// <summary>Apparent geocentric longitude of the sun, in degrees [0, 360), at a Julian day (UT).</summary>
    public static double SunApparentLongitude(double julianDayUt)
    {
        double jde = julianDayUt + DeltaTSeconds(YearOf(julianDayUt)) / 86400.0;
        double t = (jde - J2000) / 36525.0;
        double t2 = t * t;

        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double meanAnomaly = Radians * (357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double centre =
            (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly);

        // Aberration and nutation move the sun we see by about 20": near a term boundary that is eight minutes.
        double omega = Radians * (125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(omega);

        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>
    /// Instant (Julian day, UT) at which the sun's apparent longitude reaches <paramref name="longitude"/>,
    /// searched near <paramref name="guess"/> (must be within a few weeks).
    /// </summary>
    public static double SunReachesLongitude(double longitude, double guess)
    {
        double jd = guess;
        for (int i = 0; i < 8; i++)
        {
            double difference = longitude - SunApparentLongitude(jd);
            difference -= 360.0 * Math.Floor((difference + 180.0) / 360.0);

            // The sun moves 360° in a tropical year; Newton steps converge in three or four iterations.
            double step = difference * 365.2422 / 360.0;
            jd += step;
            if (Math.Abs(step) < 1e-6)
            {
                break;
            }
        }

        return jd;
    }

    /// <summary>
    /// TT − UT in seconds: the polynomial fits of Espenak and Meeus (NASA, 2006); at most a couple of minutes
    /// over the supported range, so a few seconds of error in the extrapolation after 2005 do not matter.
    /// </summary>
    public static double DeltaTSeconds(double year)
    {
        double t;
        if (year < 1860)
        {
            double u = (year - 1820) / 100;
            return -20 + 32 * u * u;
        }

        if (year < 1900)
        {
            t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.Pow(t, 3)
                - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
        }

        if (year < 1920)
        {
            t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.Pow(t, 3) - 0.000197 * Math.Pow(t, 4);
        }

        if (year < 1941)
        {
            t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.Pow(t, 3);
        }

        if (year < 1961)
        {
            t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + Math.Pow(t, 3) / 2547;
        }

        if (year < 1986)
        {
            t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - Math.Pow(t, 3) / 718;
        }

        if (year < 2005)
        {
            t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3)
                + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
        }

        if (year < 2050)
        {
            t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }

        double v = (year - 1820) / 100;
        return year < 2150 ? -20 + 32 * v * v - 0.5628 * (2150 - year) : -20 + 32 * v * v;
    }

    private static double YearOf(double julianDay) => 2000.0 + (julianDay - J2000) / 365.25;

    private static double SinDeg(double degrees) => Math.Sin(Radians * degrees);
}
