namespace MotCua.Web.Common;

/// <summary>
/// A local stand-in for an outside system (the VNPAY gateway, the mail server), which speaks that system's protocol so that
/// Development and the tests run offline. A feature registers one only when its setting asks for it.
/// </summary>
public sealed record StandIn(string Name, string Setting);

public static class StandIns
{
    /// <summary>Production never runs a stand-in: it would take money, messages or records that reach nobody.</summary>
    public static void RefuseStandInsInProduction(this WebApplication app)
    {
        var enabled = app.Services.GetServices<StandIn>().ToList();
        if (app.Environment.IsProduction() && enabled.Count > 0)
        {
            throw new InvalidOperationException(
                "Production refuses to start with stand-ins of outside systems enabled (" +
                string.Join(", ", enabled.Select(s => $"{s.Name}: {s.Setting}")) + "). Configure the real systems instead.");
        }
    }
}
