namespace MotCua.Domain.Reviews;

/// <summary>Percentages as the review forms print them.</summary>
internal static class Percentages
{
    /// <summary>
    /// <paramref name="part"/> as a percentage of <paramref name="whole"/> with two decimals, halves rounded away from
    /// zero as on paper and in Excel's ROUND; null ("no data") when the whole is 0, where no share exists.
    /// </summary>
    public static decimal? Of(decimal part, decimal whole) =>
        whole == 0 ? null : decimal.Round(part * 100 / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>Problems for each count or amount below zero.</summary>
    public static IEnumerable<ReviewProblem> Negatives(params (string Field, decimal Value)[] inputs) =>
        inputs.Where(i => i.Value < 0).Select(i => new ReviewProblem(i.Field, $"{i.Field} is {i.Value}; it cannot be negative."));

    /// <summary>Problems for each count or amount below zero or above its maximum.</summary>
    public static IEnumerable<ReviewProblem> OutOfRange(params (string Field, decimal Value, decimal Maximum)[] inputs) =>
        Negatives([.. inputs.Select(i => (i.Field, i.Value))]).Concat(inputs.Where(i => i.Value > i.Maximum)
            .Select(i => new ReviewProblem(i.Field, $"{i.Field} is {i.Value}; it cannot exceed {i.Maximum}.", i.Maximum)));
}
