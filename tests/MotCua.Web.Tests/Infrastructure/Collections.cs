namespace MotCua.Web.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SqliteGroup : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}

/// <summary>
/// Applications of their own for tests that move the clock by weeks: the feedback's 15-day answer time (47 days in all),
/// the index's and the late list's weeks (35). The shared applications' clocks only ever move forward, and a test of the
/// demo's old structure fails once they pass 1 July 2025, 120 days after <see cref="MotCuaApp.SeededAt"/>. All in one
/// application, the tests moved its clock up to about 160 days (121 fixed, up to about 40 more to the next working day),
/// and a test of the district failed whenever it happened to run last. Now the shared group's move it up to about 80,
/// these 82.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteWeeksGroup : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite-weeks";
}

[CollectionDefinition(Name)]
public sealed class PostgresWeeksGroup : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres-weeks";
}

/// <summary>
/// Applications of their own for a test that moves the clock by months (past 1 July 2025, when the 2025 forms apply),
/// so that the shared applications stay near <see cref="MotCuaApp.SeededAt"/> for every other test.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteLaterGroup : ICollectionFixture<SqliteLaterApp>
{
    public const string Name = "sqlite-later";
}

[CollectionDefinition(Name)]
public sealed class PostgresLaterGroup : ICollectionFixture<PostgresLaterApp>
{
    public const string Name = "postgres-later";
}

/// <summary>
/// Applications of their own for tests that set the clock to dates of their choosing (a known morning, before Tết 2026),
/// so that due times can be worked out by hand; the shared applications' clocks stay where the other tests left them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteFixedClockGroup : ICollectionFixture<SqliteLaterApp>
{
    public const string Name = "sqlite-fixed-clock";
}

[CollectionDefinition(Name)]
public sealed class PostgresFixedClockGroup : ICollectionFixture<PostgresLaterApp>
{
    public const string Name = "postgres-fixed-clock";
}

[CollectionDefinition(Name)]
public sealed class SqliteFuzzGroup : ICollectionFixture<SqliteFuzzApp>
{
    public const string Name = "sqlite-fuzz";
}

[CollectionDefinition(Name)]
public sealed class PostgresFuzzGroup : ICollectionFixture<PostgresFuzzApp>
{
    public const string Name = "postgres-fuzz";
}

[CollectionDefinition(Name)]
public sealed class SqliteTwoFactorGroup : ICollectionFixture<SqliteTwoFactorApp>
{
    public const string Name = "sqlite-two-factor";
}

[CollectionDefinition(Name)]
public sealed class PostgresTwoFactorGroup : ICollectionFixture<PostgresTwoFactorApp>
{
    public const string Name = "postgres-two-factor";
}

[CollectionDefinition(Name)]
public sealed class SqliteTamperGroup : ICollectionFixture<SqliteTamperApp>
{
    public const string Name = "sqlite-tamper";
}

[CollectionDefinition(Name)]
public sealed class PostgresTamperGroup : ICollectionFixture<PostgresTamperApp>
{
    public const string Name = "postgres-tamper";
}

[CollectionDefinition(Name)]
public sealed class SqlitePortalGroup : ICollectionFixture<SqlitePortalApp>
{
    public const string Name = "sqlite-portal";
}

[CollectionDefinition(Name)]
public sealed class PostgresPortalGroup : ICollectionFixture<PostgresPortalApp>
{
    public const string Name = "postgres-portal";
}

[CollectionDefinition(Name)]
public sealed class SqliteReorganizationGroup : ICollectionFixture<SqliteReorganizationApp>
{
    public const string Name = "sqlite-reorganization";
}

[CollectionDefinition(Name)]
public sealed class PostgresReorganizationGroup : ICollectionFixture<PostgresReorganizationApp>
{
    public const string Name = "postgres-reorganization";
}

[CollectionDefinition(Name)]
public sealed class SqliteHandCountGroup : ICollectionFixture<SqliteHandCountApp>
{
    public const string Name = "sqlite-hand-count";
}

[CollectionDefinition(Name)]
public sealed class PostgresHandCountGroup : ICollectionFixture<PostgresHandCountApp>
{
    public const string Name = "postgres-hand-count";
}

[CollectionDefinition(Name)]
public sealed class SqliteReorganizationActGroup : ICollectionFixture<SqliteReorganizationActApp>
{
    public const string Name = "sqlite-reorganization-act";
}

[CollectionDefinition(Name)]
public sealed class PostgresReorganizationActGroup : ICollectionFixture<PostgresReorganizationActApp>
{
    public const string Name = "postgres-reorganization-act";
}

[CollectionDefinition(Name)]
/// <summary>The replay of the demo's reform moves the clock by months: the jobs tick monthly there too.</summary>
public sealed class SqliteDemoReformGroup : ICollectionFixture<SqliteLaterApp>
{
    public const string Name = "sqlite-demo-reform";
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoReformGroup : ICollectionFixture<PostgresLaterApp>
{
    public const string Name = "postgres-demo-reform";
}

[CollectionDefinition(Name)]
public sealed class SqliteDemoTodayGroup : ICollectionFixture<SqliteDemoTodayApp>
{
    public const string Name = "sqlite-demo-today";
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoTodayGroup : ICollectionFixture<PostgresDemoTodayApp>
{
    public const string Name = "postgres-demo-today";
}

[CollectionDefinition(Name)]
public sealed class SqliteScratchGroup : ICollectionFixture<SqliteScratchApp>
{
    public const string Name = "sqlite-scratch";
}

[CollectionDefinition(Name)]
public sealed class PostgresScratchGroup : ICollectionFixture<PostgresScratchApp>
{
    public const string Name = "postgres-scratch";
}
