using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MotCua.Web.Data.Entities;
using MotCua.Web.Files;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The <c>file</c> adapter: each batch becomes one new NDJSON file in the configured folder (under the content root when
/// relative), written through <see cref="AtomicFile"/> so a connector reading the folder never sees half a batch. Nobody
/// answers a file: every message is <see cref="PortalSyncState.Written"/>, which indicator 1.4 does not count.
/// </summary>
public sealed class FolderNationalPortal(IOptions<NationalPortalOptions> options, IHostEnvironment environment, TimeProvider clock) : INationalPortal
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<PortalAnswer>> SendAsync(IReadOnlyList<DossierStatusMessage> messages, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(Path.GetFullPath(options.Value.Folder, environment.ContentRootPath)).FullName;
        var name = string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.CreateVersion7():N}.ndjson");
        var body = new StringBuilder();
        foreach (var message in messages)
        {
            body.Append(JsonSerializer.Serialize(message, Json)).Append('\n');
        }

        await AtomicFile.WriteAsync(Path.Combine(folder, name), Encoding.UTF8.GetBytes(body.ToString()), ct);
        return [.. messages.Select(m => new PortalAnswer(m.Code, m.Version, PortalSyncState.Written, null, null))];
    }
}
