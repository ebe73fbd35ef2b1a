namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Applications whose tests write raw rows past the product's rules (dossiers without a history, due time or daily
/// aggregates): on databases of their own, so that what the shared collections hold of every stored row stays true.
/// </summary>
public sealed class SqliteScratchApp : SqliteApp;

/// <inheritdoc cref="SqliteScratchApp"/>
public sealed class PostgresScratchApp : PostgresApp;
