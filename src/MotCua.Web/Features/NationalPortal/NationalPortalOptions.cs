namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Section "NationalPortal": how dossier statuses reach the national public service portal (Cổng Dịch vụ công quốc
/// gia). <c>Adapter</c> is <c>none</c> unless configured, so that an installation without a connection claims no
/// synchronization in indicator 1.4; <c>file</c> writes each status message to <c>Folder</c>, from which a connector
/// (or an operator) delivers them.
/// </summary>
public sealed class NationalPortalOptions
{
    public const string None = "none";
    public const string File = "file";

    public string Adapter { get; set; } = None;

    public string Folder { get; set; } = "national-portal";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public int Batch { get; set; } = 200;
}
