namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the integrity tests, which alter dossier histories in SQL on purpose to see the alteration
/// reported: on databases of their own, so that no other test (the aggregates rebuilt from the events, the demo history
/// replayed through the workflow) reads an altered history.
/// </summary>
public sealed class SqliteTamperApp : SqliteApp;

/// <inheritdoc cref="SqliteTamperApp"/>
public sealed class PostgresTamperApp : PostgresApp;
