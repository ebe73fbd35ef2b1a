namespace MotCua.Web.Features.NationalPortal;

/// <summary>Delivers dossier statuses to the national portal; it throws when they did not arrive, so they are sent again.</summary>
public interface INationalPortal
{
    Task SendAsync(IReadOnlyList<DossierStatusMessage> messages, CancellationToken ct);
}
