namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the fuzz collections: a fuzzed request that an operation legitimately accepts changes the
/// province (a calendar year, a unit), which the tests sharing the other applications must not see.
/// </summary>
public sealed class SqliteFuzzApp : SqliteApp;

/// <inheritdoc cref="SqliteFuzzApp"/>
public sealed class PostgresFuzzApp : PostgresApp;
