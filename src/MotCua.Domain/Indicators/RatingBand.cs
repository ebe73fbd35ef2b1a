namespace MotCua.Domain.Indicators;

/// <summary>Xếp loại: a name and the lowest scaled total that earns it (Xuất sắc ≥ 90 … Yếu ≥ 0).</summary>
public sealed record RatingBand(string Vi, string En, decimal Minimum);
