using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MotCua.Load;

/// <summary>
/// Historical import (<c>POST /api/v1/dossiers/import</c>): each request is a file of <c>lines</c> returned birth
/// registrations of the demo's Long Thủy ward, each with the events of a whole life (assign, approve, issue, return) and a
/// rating, under codes no other request uses — one per working day and sequence from 2015 on, as a previous system
/// would hand over its years. <c>first</c> moves the codes on, to import again into a database that holds a run's. A file counts
/// as done only when every one of its lines was imported (a skipped code is not an import).
/// </summary>
public static class ImportFiles
{
    private const string Agency = "000.17.31.H10";
    private const int PerDay = 5000;
    private static readonly DateOnly First = new(2015, 1, 5);

    public static async Task<Func<CancellationToken, Task<bool>>> PrepareAsync(HttpClient http, Uri root, int lines, long first, string adminPassword)
    {
        var admin = await Api.SignInAsync(http, root, "admin", adminPassword);
        var next = first - 1;
        return async ct =>
        {
            var body = new StringBuilder();
            for (var i = 0; i < lines; i++)
            {
                body.Append(Line(Interlocked.Increment(ref next))).Append('\n');
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, "/api/v1/dossiers/import")) { Content = new StringContent(body.ToString(), Encoding.UTF8) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("imported").GetInt32() == lines;
        };
    }

    private static string Line(long index)
    {
        var dayNumber = (int)(index / PerDay);
        var day = WorkingDay(dayNumber);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 10)), TimeSpan.FromHours(7)).AddSeconds(index % PerDay);
        var next = new DateTimeOffset(WorkingDay(dayNumber + 1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
        string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $$$"""{"code":"{{{Agency}}}-{{{day:yyMMdd}}}-{{{index % PerDay + 1:D4}}}","procedureCode":"1.001193.000.00.00.H10","unitCode":"PL-LONGTHUY","channel":"counter","applicant":{"fullName":"Nguyễn Văn Nhập {{{index}}}","idNumber":"0{{{79_000_000_000 + index}}}"},"receivedAt":"{{{Time(at)}}}","components":[{"name":"Tờ khai đăng ký khai sinh","originals":1,"origin":"paper"}],"events":[{"type":"assign","at":"{{{Time(at.AddMinutes(50))}}}","note":"chuyenvien.xa"},{"type":"approve","at":"{{{Time(at.AddHours(5))}}}"},{"type":"issue-result","at":"{{{Time(at.AddHours(6))}}}"},{"type":"return-result","at":"{{{Time(next)}}}"}],"rating":{"at":"{{{Time(next.AddHours(1))}}}","level":"satisfied"}}""");
    }

    /// <summary>The <paramref name="n"/>-th weekday from <see cref="First"/>, a Monday (holidays are not skipped: a previous system may have worked them).</summary>
    private static DateOnly WorkingDay(int n) => First.AddDays(n / 5 * 7 + n % 5);
}
