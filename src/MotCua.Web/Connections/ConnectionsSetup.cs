namespace MotCua.Web.Connections;

public static class ConnectionsSetup
{
    public static IServiceCollection AddOutsideConnections(this IServiceCollection services) => services.AddSingleton<ConnectionJournal>();

    /// <summary>Shows a connection on <c>/Connections</c>; one registration per outside system.</summary>
    public static IServiceCollection AddConnection<T>(this IServiceCollection services)
        where T : class, IConnection => services.AddSingleton<IConnection, T>();
}
