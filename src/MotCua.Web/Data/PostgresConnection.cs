using Npgsql;

namespace MotCua.Web.Data;

/// <summary>
/// What the application adds to the operator's PostgreSQL connection string, each only where he set nothing. The same few
/// short statements run thousands of times (a lookup by code, a sign-in, an intake): planned once per pooled
/// connection and then only executed, they cost a fraction of the planning each time (issue 19: planning took 0.65–2.8
/// ms, running 0.2–0.4 ms). A connection going back to the pool is not reset with <c>DISCARD ALL</c>, which would also
/// throw those plans away: the application leaves no session state behind (its one advisory lock is released by hand,
/// <see cref="StartupLock"/>), and Npgsql still rolls back a transaction left open.
/// </summary>
public static class PostgresConnection
{
    private static readonly (string Keyword, object Value)[] Defaults =
    [
        ("Max Auto Prepare", 50),
        ("No Reset On Close", true),
    ];

    public static string WithDefaults(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        // Keys holds the canonical name of each keyword the string set, whatever synonym or case the operator wrote.
        var set = builder.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyword, value) in Defaults.Where(d => !set.Contains(d.Keyword)))
        {
            builder[keyword] = value;
        }

        return builder.ConnectionString;
    }
}
