using MotCua.Domain.Organization;

namespace MotCua.Web.Features.Organization;

public sealed record RoleInfo(Role Role, string UnitCode);

/// <summary>An officer as the API shows him (the officer list and form).</summary>
/// <param name="LockedUntil">Until when failed sign-ins keep his account locked; null when it is open.</param>
/// <param name="TwoFactor">Whether his two-factor sign-in is on.</param>
public sealed record OfficerInfo(string UserName, string FullName, string? Email, string? Phone, bool IsActive, IReadOnlyList<RoleInfo> Roles, DateTimeOffset? LockedUntil, bool TwoFactor);
