namespace MotCua.Domain.Dossiers;

/// <summary>Trước hạn / đúng hạn / quá hạn: columns 8, 9 and 10 of form II.06 (REPORTS.md §2).</summary>
public enum Timeliness
{
    Early,
    OnTime,
    Late,
}
