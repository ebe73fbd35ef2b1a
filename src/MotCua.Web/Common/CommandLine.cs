using System.Globalization;
using MotCua.Web.Backups;
using MotCua.Web.Features.Integrity;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Common;

/// <summary>
/// The operator's commands, run instead of the web server when the first argument names one, with the application's
/// own configuration (its database and file store): <c>backup --to DIR</c>, <c>restore --from DIR</c>, <c>verify</c>,
/// <c>create-administrator --user … --fullName … --unitCode … [--unitName … --agencyCode …] [--resetPassword true]</c>.
/// The options are read as configuration, as every command-line argument is; a password never is (it would show in
/// the process list and the shell's history): it comes from MOTCUA_ADMIN_PASSWORD or the first line of standard input. The exit code is 0 on success, 1 when
/// refused or failed, 2 when <c>verify</c> finds a broken chain.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, IConfiguration, CancellationToken, Task<(int ExitCode, string Output)>>> Verbs = new(StringComparer.Ordinal)
    {
        ["backup"] = async (services, configuration, ct) =>
        {
            var manifest = await services.GetRequiredService<TakeBackup>().RunAsync(Required(configuration, "to"), ct);
            return (0, Text.Pick($"Đã sao lưu: cơ sở dữ liệu và {manifest.FileCount} tệp.", $"Backed up: the database and {manifest.FileCount} files."));
        },
        ["restore"] = async (services, configuration, ct) =>
        {
            var manifest = await services.GetRequiredService<RestoreBackup>().RunAsync(Required(configuration, "from"), ct);
            var at = manifest.TakenAt.ToString("O", CultureInfo.InvariantCulture);
            return (0, Text.Pick($"Đã khôi phục bản sao lưu lúc {at}: cơ sở dữ liệu và {manifest.FileCount} tệp.", $"Restored the backup of {at}: the database and {manifest.FileCount} files."));
        },
        ["verify"] = async (services, _, ct) =>
        {
            var report = await services.GetRequiredService<VerifyIntegrity>().HandleAsync(ct);
            return (report.Intact ? 0 : 2, IntegrityText.Of(report));
        },
        ["create-administrator"] = async (services, configuration, ct) =>
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await Console.In.ReadLineAsync(ct);
            if (string.IsNullOrEmpty(password))
            {
                throw new CommandRefusedException(new(
                    $"Thiếu mật khẩu: đặt biến môi trường {PasswordVariable} hoặc nhập ở dòng đầu của đầu vào chuẩn.",
                    $"The password is missing: set {PasswordVariable} or give it as the first line of standard input."));
            }

            var request = new CreateFirstAdministratorRequest(
                configuration["user"], configuration["fullName"], password, configuration["unitCode"], configuration["unitName"], configuration["agencyCode"],
                configuration.GetValue<bool>("resetPassword"));
            var outcome = await services.GetRequiredService<CreateFirstAdministrator>().HandleAsync(request, ct);
            if (outcome.Failed)
            {
                throw new CommandRefusedException(outcome.Error.Describe(Environment.NewLine));
            }

            var (user, unit) = (outcome.Value!.UserName, request.UnitCode);
            return (0, Text.Pick($"Quản trị viên \"{user}\" của đơn vị {unit} đã sẵn sàng.", $"Administrator \"{user}\" of unit {unit} is ready."));
        },
    };

    private const string PasswordVariable = "MOTCUA_ADMIN_PASSWORD";

    /// <summary>The exit code of the command the arguments name, or null when they name none (the web server runs).</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var verb, ..] || !Verbs.TryGetValue(verb, out var run))
        {
            return null;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var (exitCode, output) = await run(scope.ServiceProvider, app.Configuration, stop.Token);
            await Console.Out.WriteLineAsync(output);
            return exitCode;
        }
        catch (CommandRefusedException e)
        {
            await Console.Error.WriteLineAsync(e.Text.ToString());
            return 1;
        }
    }

    private static string Required(IConfiguration configuration, string option) =>
        configuration[option] is { Length: > 0 } value
            ? value
            : throw new BackupException(new($"Thiếu --{option} <thư mục>.", $"--{option} <folder> is missing."));
}
