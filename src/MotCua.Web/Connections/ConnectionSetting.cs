namespace MotCua.Web.Connections;

/// <summary>One setting of a connection as shown to the administrator: its configuration key and value, a secret only as set or not.</summary>
public sealed record ConnectionSetting(string Name, string Shown, bool Secret)
{
    public const string Hidden = "••••••";

    public static ConnectionSetting Plain(string name, object? value) => new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", false);

    public static ConnectionSetting SecretOf(string name, string? value) => new(name, string.IsNullOrEmpty(value) ? "" : Hidden, true);
}
