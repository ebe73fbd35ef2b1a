namespace MotCua.Web.Data.Entities;

/// <summary>
/// The civil-service schedule the government published for one year (lịch nghỉ lễ, Tết). A year
/// without a row falls back to the statutory rule of Labour Code 2019 art. 112.
/// </summary>
public sealed class ScheduleYear
{
    public int Year { get; init; }

    public required string Source { get; set; }

    public List<ScheduleDay> Days { get; init; } = [];
}
