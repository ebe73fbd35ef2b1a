using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Common.Security;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// Issue 14: every operation of /openapi/v1.json, as anonymous, each role, an officer of another district, a citizen
/// and another citizen. What an operation allows is declared once beside its route: its policy, or AllowAnonymous
/// (the fallback policy refuses anything that declares neither, and so does this test). Whoever the policy excludes
/// must get 401 or 403; an officer of another district must not read or change the Long Thủy ward's records, and a
/// citizen must not reach another citizen's dossier. Authorization does not depend on the database: SQLite only.
/// </summary>
[Collection(SqliteGroup.Name)]
public sealed partial class AuthorizationMatrixTests(SqliteApp app) : ProviderTests(app)
{
    /// <summary>Who passes each policy among the officers below; citizens pass only <see cref="Policies.Citizen"/>.</summary>
    private static readonly Dictionary<string, string[]> Holders = new()
    {
        [Policies.Officer] = ["admin", "ksttthc", "kstt.pl", "tiepnhan.xa", "chuyenvien.xa", "lanhdao.xa", "lanhdao.bgm"],
        [Policies.Administrator] = ["admin"],
        [Policies.CatalogEditor] = ["admin", "ksttthc", "kstt.pl"],
        [Policies.Citizen] = [],
    };

    private const string Sibling = "lanhdao.bgm";

    [Fact]
    public async Task No_operation_lets_in_whom_its_declaration_keeps_out()
    {
        var identities = await IdentitiesAsync();
        var samples = await SamplesAsync();
        var declared = Declarations();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var sent = 0;
        using var document = JsonDocument.Parse(await App.CreateClient().GetStringAsync("/openapi/v1.json", Ct));
        var api = new OpenApiOperations(document);
        var values = new SchemaSamples(api, new Dictionary<string, string>());
        var operations = api.All;
        foreach (var operation in operations)
        {
            var (method, path, parameters) = (operation.Method, operation.Path.TrimEnd('/'), operation.Parameters.Select(p => p.Name).ToList());
            if (!declared.TryGetValue((method, path), out var access))
            {
                failures.Add($"{method} {path}: declares neither a policy nor AllowAnonymous");
                continue;
            }

            if (access is null)
            {
                continue;
            }

            foreach (var (name, client) in identities)
            {
                var allowed = Holders[access].Contains(name) || (access == Policies.Citizen && name.StartsWith("citizen", StringComparison.Ordinal));
                var scoped = name == Sibling && parameters.Any(p => p is "unitCode" or "parentUnitCode" or "code")
                    || name == "citizen.other" && path.StartsWith("/api/v1/citizens/me/dossiers/{code}", StringComparison.Ordinal);
                if (allowed && !scoped)
                {
                    continue;
                }

                var response = await client.SendAsync(Request(operation, Url(path, operation, samples, values, name)), Ct);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var refused = allowed ? status is >= 400 and < 500 : status is 401 or 403;
                if (!refused)
                {
                    failures.Add($"{method} {path} as {name}: {status}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operations.Count} operations × {identities.Count} identities: {sent} requests refused as declared; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}"));
        failures.ShouldBeEmpty();
        sent.ShouldBeGreaterThan(operations.Count);
    }

    /// <summary>Each route's declaration: its policy, null when it is public, absent when it says neither.</summary>
    private Dictionary<(string Method, string Path), string?> Declarations()
    {
        var declarations = new Dictionary<(string, string), string?>();
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                if (open || policy is not null)
                {
                    declarations[(method, Constraint().Replace(endpoint.RoutePattern.RawText ?? string.Empty, string.Empty).TrimEnd('/'))] = open ? null : policy;
                }
            }
        }

        return declarations;
    }

    private async Task<Dictionary<string, HttpClient>> IdentitiesAsync()
    {
        var identities = new Dictionary<string, HttpClient> { ["anonymous"] = App.CreateClient() };
        foreach (var officer in Holders[Policies.Officer])
        {
            identities[officer] = await App.SignedInAsync(officer);
        }

        identities["citizen"] = (await App.CitizenAsync()).Client;
        identities["citizen.other"] = (await App.CitizenAsync()).Client;
        return identities;
    }

    /// <summary>Records of the Long Thủy ward and of the first citizen, which the sibling officer and the other citizen must not reach.</summary>
    private async Task<Dictionary<string, string>> SamplesAsync()
    {
        var dossier = await App.ReceiveBirthAsync();
        var (feedback, _) = await App.SubmitAsync(FeedbackRequests.About("Ma trận phân quyền"));
        var citizen = await App.CitizenAsync();
        var own = await (await citizen.Client.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();
        return new() { ["dossier"] = dossier, ["feedback"] = feedback, ["own"] = own };
    }

    private string Url(string path, Operation operation, Dictionary<string, string> samples, SchemaSamples values, string identity)
    {
        var code = path.StartsWith("/api/v1/feedback", StringComparison.Ordinal) || path.StartsWith("/api/v1/public/feedback", StringComparison.Ordinal) ? samples["feedback"]
            : path.StartsWith("/api/v1/citizens/me", StringComparison.Ordinal) && identity == "citizen.other" ? samples["own"]
            : samples["dossier"];
        var url = PathParameter().Replace(path, m => m.Groups[1].Value switch
        {
            "code" => code,
            "form" => "II.06",
            "indicatorId" => "2.1",
            "date" => "2025-03-03",
            var name => values.UsualText(operation.Parameters.First(p => p.Name == name).Schema),
        });
        var query = new List<string>();
        if (operation.Parameters.Any(p => p.Name is "unitCode" or "parentUnitCode"))
        {
            query.Add(string.Create(CultureInfo.InvariantCulture,
                $"unitCode={DossierRequests.Ward}&parentUnitCode={DossierRequests.Ward}&from={App.Today.AddMonths(-1):yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}"));
        }

        // A dossier named in the query string (one dossier's reminders) is as scoped as one named in the path.
        if (operation.Parameters.Any(p => p.Name == "code") && !path.Contains("{code", StringComparison.Ordinal))
        {
            query.Add($"code={Uri.EscapeDataString(code)}");
        }

        return query.Count > 0 ? $"{url}?{string.Join('&', query)}" : url;
    }

    private static HttpRequestMessage Request(Operation operation, string url) => new(new HttpMethod(operation.Method), url)
    {
        Content = operation.Body.Keys.FirstOrDefault() switch
        {
            "multipart/form-data" => new MultipartFormDataContent { { new StringContent("x"), "x" } },
            null => null,
            var media => new StringContent("{}", MediaTypeHeaderValue.Parse(media)),
        },
    };

    [GeneratedRegex(@":[^}]+|\?(?=})")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex PathParameter();
}
