using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;

namespace MotCua.Web.Common;

public static class ApiSetup
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Problem details, JSON conventions of API.md, OpenAPI, and vi-VN/en cultures.</summary>
    public static IServiceCollection AddMotCuaApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemMapping.Localize);
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "MotCua API";
            document.Info.Description = "Hệ thống giải quyết thủ tục hành chính một cửa, một cửa liên thông — API v1.";
            return Task.CompletedTask;
        }));
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = o.SupportedUICultures = [Vietnamese, CultureInfo.GetCultureInfo("en")];
            o.ApplyCurrentCultureToResponseHeaders = true;

            // Pages are Vietnamese unless the officer chooses English (many browsers here send en-US
            // by default); API callers choose with Accept-Language, as API.md states.
            var acceptLanguage = o.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().First();
            o.RequestCultureProviders.Remove(acceptLanguage);
            o.RequestCultureProviders.Add(new CustomRequestCultureProvider(http =>
                http.Request.Path.StartsWithSegments("/api") ? acceptLanguage.DetermineProviderCultureResult(http) : Task.FromResult<ProviderCultureResult?>(null)));
        });
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>A language chosen with ?culture= stays chosen for the next pages (cookie).</summary>
    private static Task RememberCulture(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query["culture"].ToString() is "vi" or "en" or "vi-VN")
        {
            var culture = context.Request.Query["culture"].ToString() == "en" ? "en" : "vi-VN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return next();
    }

    /// <summary>The API's JSON conventions for code that reads or writes JSON outside a request (seeds, imports, snapshots, callbacks).</summary>
    public static JsonSerializerOptions Json { get; } = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ConfigureJson(options);
        return options;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new NulFreeStringConverter());
    }

    public static WebApplication UseMotCuaApi(this WebApplication app)
    {
        // Culture first: the error handlers further in must answer in the caller's language.
        app.UseRequestLocalization();
        app.Use(RememberCulture);
        // API callers get problem details; people in the browser get a page in their language.
        app.UseExceptionHandler("/Error");
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.Use(NulRefusal.InvokeAsync);
        return app.MapApiDocumentation();
    }
}
