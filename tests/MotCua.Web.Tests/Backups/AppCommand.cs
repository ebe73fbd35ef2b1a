using System.Diagnostics;

namespace MotCua.Web.Tests.Backups;

/// <summary>
/// The application's command line (<c>dotnet MotCua.Web.dll backup --to DIR</c>…) run as an operator runs it: another
/// process, configured by environment variables for a database and a file store.
/// </summary>
public sealed record AppCommand(string Provider, string ConnectionString, string FilesRoot)
{
    /// <summary>Variables of the operator's shell beyond the configuration (e.g. a password).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>What the operator types, or null when the command reads nothing.</summary>
    public string? Input { get; init; }

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = Input is not null,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Development: the test databases' key ring is unencrypted, which only Development accepts.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = Provider;
        start.Environment["ConnectionStrings__MotCua"] = ConnectionString;
        start.Environment["Files__Root"] = FilesRoot;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        // The operator's language, whatever the machine's: the messages are read in Vietnamese.
        start.Environment["LANG"] = "vi_VN.UTF-8";
        start.Environment["LC_ALL"] = "vi_VN.UTF-8";
        foreach (var (name, value) in Variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (Input is not null)
        {
            await process.StandardInput.WriteAsync(Input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await errors);
    }
}
