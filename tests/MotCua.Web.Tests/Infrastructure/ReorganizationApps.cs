namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the reorganization tests, which move, rename and merge the demo's wards: on databases of their
/// own, so that no other test finds the demo tree changed under it.
/// </summary>
public sealed class SqliteReorganizationApp : SqliteApp;

/// <inheritdoc cref="SqliteReorganizationApp"/>
public sealed class PostgresReorganizationApp : PostgresApp;

/// <summary>Its own demo for the reorganization acts, which move, rename and merge units and pass their open work on.</summary>
public sealed class SqliteReorganizationActApp : SqliteApp;

/// <inheritdoc cref="SqliteReorganizationActApp"/>
public sealed class PostgresReorganizationActApp : PostgresApp;
