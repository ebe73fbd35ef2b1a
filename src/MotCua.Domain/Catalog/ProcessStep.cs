using MotCua.Domain.Organization;

namespace MotCua.Domain.Catalog;

/// <summary>
/// One step of the internal process (quy trình nội bộ). <see cref="UnitCode"/> null means the unit
/// that resolves the dossier; a code names another unit for an inter-agency (liên thông) step.
/// </summary>
public sealed record ProcessStep(string Name, Role Role, string? UnitCode, decimal Hours);
