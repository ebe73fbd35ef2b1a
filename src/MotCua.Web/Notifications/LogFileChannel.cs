using System.Globalization;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Notifications;

/// <summary>
/// The default delivery: one line per message appended to a local file (and the log), so that the
/// product runs offline and an operator can see exactly what would have been sent; the message id ends the line, the
/// key a connector reading the file de-duplicates by.
/// </summary>
public sealed class LogFileChannel(string name, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<LogFileChannel> logger) : INotificationChannel
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);

    public string Name => name;

    public async Task<string?> SendAsync(Guid messageId, string recipient, string body, CancellationToken ct)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():O}\t{name}\t{recipient}\t{body.ReplaceLineEndings(" ")}\t{messageId}{Environment.NewLine}");
        await FileLock.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Value.LogFile))!);
            await File.AppendAllTextAsync(options.Value.LogFile, line, ct);
        }
        finally
        {
            FileLock.Release();
        }

        logger.LogInformation("Notification {Id} by {Channel} to {Recipient} written to {File}", messageId, name, recipient, options.Value.LogFile);
        return null;
    }
}
