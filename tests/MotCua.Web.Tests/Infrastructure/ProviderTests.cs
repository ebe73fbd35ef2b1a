namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Base of HTTP test classes that run on both providers: a test class derives from it once and
/// gets two concrete subclasses, one in the SQLite collection and one in the PostgreSQL one.
/// </summary>
public abstract class ProviderTests(MotCuaApp app)
{
    protected MotCuaApp App { get; } = app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A code no other test uses, so tests never see each other's records.</summary>
    private static int sequence = 100000;

    protected static string UniqueProcedureCode() =>
        $"8.{Interlocked.Increment(ref sequence)}.000.00.00.H10";

    protected static string UniqueUnitCode(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant();
}
