namespace MotCua.Domain.Catalog;

/// <summary>Phí, lệ phí in VND; a zero amount with a note records an exemption.</summary>
public sealed record Fee(string Name, long Amount, string? Note);
