namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the hand-counted report tests, which import dossiers left open on purpose: on databases of their
/// own, so that those open dossiers do not appear in another test's "in progress" of a later period.
/// </summary>
public sealed class SqliteHandCountApp : SqliteApp;

/// <inheritdoc cref="SqliteHandCountApp"/>
public sealed class PostgresHandCountApp : PostgresApp;
