using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The <c>file</c> adapter: each batch becomes one new NDJSON file in the configured folder (written under a temporary
/// name, then renamed, so a connector reading the folder never sees half a batch).
/// </summary>
public sealed class FolderNationalPortal(IOptions<NationalPortalOptions> options, TimeProvider clock) : INationalPortal
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(IReadOnlyList<DossierStatusMessage> messages, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(options.Value.Folder).FullName;
        var name = string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.CreateVersion7():N}.ndjson");
        var temporary = Path.Combine(folder, name + ".tmp");
        var body = new StringBuilder();
        foreach (var message in messages)
        {
            body.Append(JsonSerializer.Serialize(message, Json)).Append('\n');
        }

        await File.WriteAllTextAsync(temporary, body.ToString(), ct);
        File.Move(temporary, Path.Combine(folder, name));
    }
}
