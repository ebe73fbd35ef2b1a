using MotCua.Domain.Organization;

namespace MotCua.Web.Features.Organization;

public sealed record RoleInfo(Role Role, string UnitCode);

/// <summary>An officer as the API shows him (GET /api/v1/me and the officer list).</summary>
public sealed record OfficerInfo(string UserName, string FullName, string? Email, string? Phone, bool IsActive, IReadOnlyList<RoleInfo> Roles);
