using MotCua.Domain.Organization;

namespace MotCua.Web.Features.Organization;

/// <summary>A unit as API.md lists it: its stable code, name, kind, parent code and agency code, and the unit it was merged into (its successor).</summary>
public sealed record UnitInfo(string Code, string Name, UnitKind Kind, string? ParentCode, string? AgencyCode, string? OneStopDeskCode, bool IsActive, string? MergedIntoCode);
