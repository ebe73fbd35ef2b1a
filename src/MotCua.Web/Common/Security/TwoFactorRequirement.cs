using System.Security.Claims;
using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Which officers must sign in with a second factor: those holding any role of <c>Security:TwoFactor:RequiredRoles</c>
/// (a comma-separated list of role names; appsettings.json names administrators and KSTTHC officers, Development names
/// none so that the demo accounts open without an authenticator app). The others may turn it on. A name that is no
/// role stops the start, as a typo would otherwise leave the administrators without the requirement.
/// </summary>
public sealed class TwoFactorRequirement
{
    public const string Setting = "Security:TwoFactor:RequiredRoles";

    /// <summary>Where an officer turns his two-factor sign-in on; the only page open to one who must and has not.</summary>
    public const string EnrolmentPage = "/Account/TwoFactor";

    public static readonly Error EnrolFirst = new(
        "two-factor-enrolment-required", StatusCodes.Status403Forbidden,
        new("Cần bật xác thực hai lớp", "Two-factor sign-in required"),
        new("Vai trò của tài khoản này bắt buộc xác thực hai lớp. Hãy đăng nhập trên giao diện web và bật xác thực hai lớp tại " + EnrolmentPage + " trước khi dùng API.",
            "This account's role requires two-factor sign-in. Sign in to the web interface and turn it on at " + EnrolmentPage + " before using the API."));

    public TwoFactorRequirement(IConfiguration configuration)
    {
        var names = (configuration[Setting] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Roles = names.Select(name => Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new InvalidOperationException($"{Setting}: \"{name}\" is not a role ({string.Join(", ", Enum.GetNames<Role>())}).")).ToHashSet();
    }

    public IReadOnlySet<Role> Roles { get; }

    public bool IsRequired(IEnumerable<Role> roles) => roles.Any(Roles.Contains);

    /// <summary>An officer's session that must have passed a second factor and has not: his roles require one he never set up.</summary>
    public bool MustEnrol(ClaimsPrincipal user) =>
        OfficerClaims.IdOf(user) is not null && !OfficerClaims.PassedTwoFactor(user) && IsRequired(OfficerClaims.Grants(user).Select(g => g.Role));
}
