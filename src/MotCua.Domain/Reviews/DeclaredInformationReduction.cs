namespace MotCua.Domain.Reviews;

/// <summary>
/// How much information a simplification stops asking for (DOMAIN.md §10: "cắt giảm thông tin khai trong mẫu đơn,
/// tờ khai", seed 000 Phụ lục III II.2): the fields an applicant fills in before and after, and the share cut.
/// </summary>
/// <param name="Percent">Fields cut ÷ fields before, two decimals; null when the form had no fields.</param>
public sealed record DeclaredInformationReduction(int FieldsBefore, int FieldsAfter, decimal? Percent)
{
    public int FieldsCut => FieldsBefore - FieldsAfter;

    public bool MeetsReductionTarget => SimplificationTargets.MeetsReduction(Percent);

    public static ReviewOutcome<DeclaredInformationReduction> Of(int fieldsBefore, int fieldsAfter) =>
        ReviewOutcome<DeclaredInformationReduction>.From(
            [.. Percentages.Negatives(("fieldsBefore", fieldsBefore), ("fieldsAfter", fieldsAfter))],
            () => new DeclaredInformationReduction(fieldsBefore, fieldsAfter, Percentages.Of(fieldsBefore - fieldsAfter, fieldsBefore)));
}
