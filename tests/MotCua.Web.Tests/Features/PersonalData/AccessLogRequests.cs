using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.PersonalData;

/// <summary>Officers' requests from an address of the test's choosing, and the access log as the office reads it.</summary>
public static class AccessLogRequests
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) MotCuaTest/1.0";

    /// <summary>A client signed in as <paramref name="userName"/> whose connection comes from <paramref name="address"/>, with a browser's user agent.</summary>
    public static async Task<HttpClient> FromAsync(this MotCuaApp app, string userName, string address)
    {
        var signedIn = await app.SignedInAsync(userName);
        var client = new HttpClient(app.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address))) { BaseAddress = app.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        return client;
    }

    /// <summary>Today's entries of a dossier as <paramref name="reader"/> is shown them for <paramref name="unitCode"/>.</summary>
    public static async Task<JsonElement[]> EntriesAsync(this MotCuaApp app, string code, string reader = "kstt.pl", string unitCode = "PL")
    {
        var answer = await (await app.SignedInAsync(reader)).GetFromJsonAsync<JsonElement>(LogUrl(app, unitCode, $"&dossierCode={code}"), TestContext.Current.CancellationToken);
        return [.. answer.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The log's address for today, with more of the query after it.</summary>
    public static string LogUrl(MotCuaApp app, string unitCode, string more = "")
    {
        var day = app.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"/api/v1/personal-data-access?unitCode={unitCode}&from={day}&to={day}{more}";
    }
}
