using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// Every operation of the OpenAPI document, sent a bounded and seeded set of mutated requests (<see cref="FuzzCases"/>)
/// as an administrator and one anonymously (issue 14): no answer is a 5xx; a refusal is problem details and leaves
/// the database as it was; a malformed body is never accepted.
/// </summary>
public abstract class ApiFuzzTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Every_operation_refuses_malformed_input_with_problem_details_and_changes_nothing()
    {
        var api = new OpenApiOperations(JsonDocument.Parse(await App.CreateClient().GetStringAsync("/openapi/v1.json", Ct)));
        var known = await KnownValuesAsync();
        var cases = new FuzzCases(api, new SchemaSamples(api, known.Properties), known.Paths);
        var admin = await App.SignedInAsync("admin");
        var anonymous = App.CreateClient();
        var random = new Random(14);
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var fingerprint = await DatabaseFingerprint.TakeAsync(App, Ct);
        var watch = Stopwatch.StartNew();
        var operations = api.All.Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        foreach (var operation in operations)
        {
            var sent = cases.For(operation, random).Select(c => (Client: admin, Who: "admin", Case: c)).Append((anonymous, "anonymous", cases.For(operation, random).First()));
            foreach (var (client, who, fuzz) in sent)
            {
                using var request = new HttpRequestMessage(fuzz.Method, fuzz.Url) { Content = fuzz.Content };
                using var response = await client.SendAsync(request, Ct);
                var status = (int)response.StatusCode;
                var key = $"{fuzz.Mutation} {status}";
                statuses[key] = statuses.GetValueOrDefault(key) + 1;
                var at = $"{who} {operation} [{fuzz.Mutation}] → {status}";
                if (status >= 500)
                {
                    failures.Add($"{at}: {Shorten(await response.Content.ReadAsStringAsync(Ct))}");
                }
                else if (status < 400 && fuzz.Malformed)
                {
                    failures.Add($"{at}: a malformed body was accepted");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{at}: not problem details ({response.Content.Headers.ContentType})");
                }

                var now = await DatabaseFingerprint.TakeAsync(App, Ct);
                if (status >= 400 && DatabaseFingerprint.Changed(fingerprint, now).ToList() is { Count: > 0 } changed)
                {
                    failures.Add($"{at}: refused but changed {string.Join(", ", changed)}");
                }

                fingerprint = now;
            }
        }

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{operations.Count} operations, {statuses.Values.Sum()} requests in {watch.Elapsed.TotalSeconds:F1} s; answers by mutation and status:");
        foreach (var (key, count) in statuses)
        {
            output.WriteLine($"  {key}: {count}");
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// Records of the demo province for path values and for body properties, so that a mutation meets the handler's
    /// checks rather than a 404 or an unknown unit; those the demo lacks keep the usual value.
    /// </summary>
    private Task<(Dictionary<string, string> Paths, Dictionary<string, string> Properties)> KnownValuesAsync() => App.QueryAsync(async db =>
    {
        var procedure = await db.Procedures.Where(p => p.Status == ProcedureStatus.Active).OrderBy(p => p.Code).Select(p => p.Code).FirstOrDefaultAsync(Ct);
        var dossier = await db.Dossiers.OrderBy(d => d.Code).Select(d => d.Code).FirstOrDefaultAsync(Ct);
        var feedback = await db.Feedback.OrderBy(f => f.Code).Select(f => f.Code).FirstOrDefaultAsync(Ct);
        var known = new Dictionary<string, string?>
        {
            ["/api/v1/procedures/{code}"] = procedure,
            ["/api/v1/dossiers/{code}"] = dossier,
            ["/api/v1/public/dossiers/{code}"] = dossier,
            ["/api/v1/feedback/{code}"] = feedback,
            ["/api/v1/public/feedback/{code}"] = feedback,
            ["/api/v1/plans/{id}"] = (await db.Plans.OrderBy(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(Ct))?.ToString(),
            ["/api/v1/reviews/{id}"] = (await db.ProcedureReviews.OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(Ct))?.ToString(),
            ["/api/v1/units/{code}"] = "PL-TP",
            ["/api/v1/calendar/schedules/{year}"] = "2025",
            ["/api/v1/calendar/days/{date}"] = "2025-03-03",
            ["/api/v1/calendar/months/{year}"] = "2025",
        };
        var properties = new Dictionary<string, string?>
        {
            ["unitCode"] = "PL-TP",
            ["leadUnitCode"] = "PL-TP",
            ["procedureCode"] = procedure,
            ["dossierCode"] = dossier,
        };
        return (Present(known), Present(properties));
    });

    private static Dictionary<string, string> Present(Dictionary<string, string?> values) =>
        values.Where(k => k.Value is not null).ToDictionary(k => k.Key, k => k.Value!);

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}

[Collection(SqliteFuzzGroup.Name)]
public sealed class ApiFuzzTestsOnSqlite(SqliteFuzzApp app) : ApiFuzzTests(app);

[Collection(PostgresFuzzGroup.Name)]
public sealed class ApiFuzzTestsOnPostgres(PostgresFuzzApp app) : ApiFuzzTests(app);
