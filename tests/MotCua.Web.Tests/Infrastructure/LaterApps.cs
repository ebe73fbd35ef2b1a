namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the "later" collections, whose tests move the clock by months. FakeTimeProvider fires a
/// periodic timer once for every period a jump skips, and each tick runs a job on the database (the outbox every 15 s
/// would run some 700,000 times for four months): here the jobs tick once a month of test time.
/// </summary>
public sealed class SqliteLaterApp : SqliteApp
{
    protected override TimeSpan? JobInterval => TimeSpan.FromDays(30);
}

/// <inheritdoc cref="SqliteLaterApp"/>
public sealed class PostgresLaterApp : PostgresApp
{
    protected override TimeSpan? JobInterval => TimeSpan.FromDays(30);
}
