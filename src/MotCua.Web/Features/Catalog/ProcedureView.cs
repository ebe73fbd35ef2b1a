namespace MotCua.Web.Features.Catalog;

/// <summary>
/// What the procedure page shows, for officers in the catalog and for citizens on the portal; the internal process
/// is for officers, and links to another procedure go to the page of the same audience.
/// </summary>
public sealed record ProcedureView(ProcedureDetail Procedure, IReadOnlyDictionary<string, string> UnitNames, string LinkBase, bool ShowProcess, IReadOnlyDictionary<int, FormTemplateInfo> Templates);
