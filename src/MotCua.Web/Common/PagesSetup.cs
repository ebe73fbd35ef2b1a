using Microsoft.AspNetCore.Authorization;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Common;

public static class PagesSetup
{
    /// <summary>Razor Pages live with their feature (DESIGN.md): /Features/Catalog/Index.cshtml → /Catalog.</summary>
    public static IServiceCollection AddMotCuaPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/", Policies.Officer);
            // Issue 16 names the connections page /Admin/Connections; both addresses open it.
            o.Conventions.AddPageRoute("/Connections/Index", "Admin/Connections");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");

            // Officers and citizens sign out alike (the form still needs its antiforgery token).
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToFolder("/Portal");
            o.Conventions.AllowAnonymousToFolder("/Payments");
            o.Conventions.AllowAnonymousToFolder("/Feedback/Public");
            o.Conventions.AllowAnonymousToFolder("/Indicators/Public");
            o.Conventions.AuthorizeFolder("/Organization", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Integrity", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Notifications", Policies.Administrator);
            o.Conventions.AuthorizeFolder("/Connections", Policies.Administrator);

            // Citizens' pages answer to the Citizen policy instead of the Officer one (policies add up, so it is replaced).
            o.Conventions.AddFolderApplicationModelConvention("/Citizens", page =>
            {
                foreach (var officerOnly in page.EndpointMetadata.OfType<AuthorizeAttribute>().ToList())
                {
                    page.EndpointMetadata.Remove(officerOnly);
                }

                page.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Citizen));
            });
            o.Conventions.AllowAnonymousToPage("/Citizens/Register");
            o.Conventions.AllowAnonymousToPage("/Citizens/Login");
            o.Conventions.AllowAnonymousToPage("/Citizens/ForgotPassword");
        });
        // Vietnamese text stays text in the HTML instead of numeric entities (smaller, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }
}
