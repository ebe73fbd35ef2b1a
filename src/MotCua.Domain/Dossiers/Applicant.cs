namespace MotCua.Domain.Dossiers;

/// <summary>Người nộp hồ sơ (an individual, or the representative of an organization).</summary>
public sealed record Applicant(string FullName, string? IdNumber, string? Phone, string? Email, string? Address, string? Organization);
