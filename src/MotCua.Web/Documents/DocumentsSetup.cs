namespace MotCua.Web.Documents;

public static class DocumentsSetup
{
    /// <summary>Official documents: Razor templates rendered to HTML, printed to PDF by one shared Chromium.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section);
        // A singleton: the container disposes it (and so closes Chromium) when the host stops.
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<DossierPdf>();
        return services;
    }
}
