using System.Globalization;
using MotCua.Load;

// The load generator of bench/run.sh: a fixed number of clients, each sending its next request as soon as the last one
// answered, for a fixed time after an unmeasured warm-up (--warmup seconds, 0 unless given); prints one line
// "requests/s p50 p99 failures" for the script's table.
//   get    --url URL [--user LOGIN] [--clients 16] [--seconds 10] [--password P]   (signed in as LOGIN when given)
//   intake --base URL [--desks 1] [--clients 16] [--seconds 10] [--password P]
//   import --base URL [--lines 1000] [--first 0] [--clients 1] [--seconds 10] [--password P]   (figures a file; dossiers/s = × lines)
//   province --base URL [--communes 92] [--password P]   (no load: grows the demo province, see ProvinceCommunes)
var options = Options.Parse(args[1..]);
if (args[0] == "province")
{
    using var setup = new HttpClient();
    await ProvinceCommunes.CreateAsync(setup, new Uri(options.Text("base")), options.Number("communes", 92), options.Text("password", "MotCua@2024"));
    return 0;
}

var clients = options.Number("clients", 16);
var duration = TimeSpan.FromSeconds(options.Number("seconds", 10));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false });
Func<CancellationToken, Task<bool>> send = args[0] switch
{
    "get" => Requests.Get(http, new Uri(options.Text("url")), options.Text("user", "") is { Length: > 0 } user
        ? await Api.SignInAsync(http, new Uri(new Uri(options.Text("url")), "/"), user, options.Text("password", "MotCua@2024")) : null),
    "intake" => await IntakeDesks.PrepareAsync(http, new Uri(options.Text("base")), options.Number("desks", 1), options.Text("password", "MotCua@2024")),
    "import" => await ImportFiles.PrepareAsync(http, new Uri(options.Text("base")), options.Number("lines", 1000), options.Number("first", 0), options.Text("password", "MotCua@2024")),
    _ => throw new ArgumentException($"Unknown command {args[0]}: get, intake or import."),
};

var result = await LoadRun.RunAsync(send, clients, duration, TimeSpan.FromSeconds(options.Number("warmup", 0)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.PerSecond:F1} {result.Percentile(0.50):F1} {result.Percentile(0.99):F1} {result.Failures}"));
return result.Failures > 0 && result.Count == 0 ? 1 : 0;
