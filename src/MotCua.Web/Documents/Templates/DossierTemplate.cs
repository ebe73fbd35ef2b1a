using Microsoft.AspNetCore.Components;

namespace MotCua.Web.Documents.Templates;

/// <summary>
/// Base of the templates of a dossier's papers: the filled-in form and the public lookup address its
/// QR code opens. One shape for all of them lets <see cref="DossierPdf"/> print any of them.
/// </summary>
public abstract class DossierTemplate<TDocument> : ComponentBase
{
    [Parameter, EditorRequired] public TDocument Document { get; set; } = default!;

    [Parameter, EditorRequired] public Uri LookupUrl { get; set; } = default!;
}
