namespace MotCua.Domain.Catalog;

/// <summary>Thành phần hồ sơ: name, how many originals and copies, required or not, form template.</summary>
public sealed record Component(string Name, int Originals, int Copies, bool Required, string? Template);
