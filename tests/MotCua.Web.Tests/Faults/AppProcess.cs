using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MotCua.Web.Tests.Faults;

/// <summary>
/// The product as an operator runs it: <c>dotnet MotCua.Web.dll</c> in a process of its own on a local port, configured
/// through the environment, so that a test can kill it as a power cut or the OOM killer would, and start it again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a loaded two-core machine before the test fails rather than hang.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly StringBuilder output;

    private AppProcess(Process process, Uri address, StringBuilder output)
    {
        this.process = process;
        this.output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the application wrote to its standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the application with <paramref name="settings"/> (configuration keys) and waits until /health answers; in
    /// its own folder, or in <paramref name="workingDirectory"/> as a service manager may start it.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken ct, string? workingDirectory = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "MotCua.Web.dll"))
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        // Every environment requires the site's public address; the process's own is its address unless a test says otherwise.
        start.Environment["Site__PublicAddress"] = address.ToString();
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // The host says when it listens; nothing else is waited for.
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start)!;
        var output = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => Append(output, e.Data, started);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data, started);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"The application exited with {process.ExitCode} while starting:\n{Tail(output)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, address, output);
        try
        {
            await started.Task.WaitAsync(StartLimit, ct);
            using var probe = new HttpClient { BaseAddress = address };
            (await probe.GetAsync("/health", ct)).EnsureSuccessStatusCode();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, whatever the process was doing.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Append(StringBuilder output, string? line, TaskCompletionSource started)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            started.TrySetResult();
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 4000 ? text[^4000..] : text;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
