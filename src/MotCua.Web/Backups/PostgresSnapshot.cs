using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using Npgsql;

namespace MotCua.Web.Backups;

/// <summary>
/// PostgreSQL through <c>pg_dump</c> in its custom format (one consistent snapshot, whatever is written meanwhile) and
/// <c>pg_restore</c> in one transaction; both on the PATH, of the server's major version or newer. The connection is
/// the application's own, passed in the environment so that the password never shows in a process list.
/// </summary>
public sealed class PostgresSnapshot : IDatabaseSnapshot
{
    public string FileName => "database.dump";

    public Task TakeAsync(MotCuaDbContext db, string path, CancellationToken ct) =>
        RunAsync("pg_dump", db, ["--format=custom", "--no-owner", "--no-privileges", "--file", path], ct);

    public Task RestoreAsync(MotCuaDbContext db, string path, CancellationToken ct) =>
        RunAsync("pg_restore", db, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", Connection(db).Database!, path], ct);

    private static NpgsqlConnectionStringBuilder Connection(MotCuaDbContext db) => new(db.Database.GetConnectionString());

    private static async Task RunAsync(string tool, MotCuaDbContext db, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = Connection(db);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException(new($"{tool} thất bại (mã {process.ExitCode}): {await errors}", $"{tool} failed (exit code {process.ExitCode}): {await errors}"));
        }
    }
}
