using MotCua.Domain.Files;

namespace MotCua.Web.Data.Entities;

/// <summary>
/// A unit's plan for a year (kế hoạch công tác KSTTHC, DOMAIN.md §9): the document that lists the tasks, with its
/// number and the day it was issued. Unique per unit, year and number.
/// </summary>
public sealed class Plan
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UnitId { get; init; }

    public int Year { get; init; }

    /// <summary>The document's number as issued, e.g. "15/KH-UBND".</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    public DateOnly IssuedOn { get; init; }

    /// <summary>The signing line as printed above the name, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; empty until known.</summary>
    public string SignerPosition { get; init; } = "";

    public string SignerName { get; init; } = "";

    /// <summary>The plan as signed and issued (a PDF), once the office has uploaded it.</summary>
    public StoredFile? SignedCopy { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
