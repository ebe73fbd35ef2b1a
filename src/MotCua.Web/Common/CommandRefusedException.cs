namespace MotCua.Web.Common;

/// <summary>An operator's command refused or failed for a reason he can act on; the message says which (exit code 1).</summary>
public class CommandRefusedException(Text message) : Exception(message.En)
{
    public Text Text { get; } = message;
}
