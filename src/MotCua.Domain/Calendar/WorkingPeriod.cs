namespace MotCua.Domain.Calendar;

/// <summary>One stretch of working time within a day, e.g. 07:30–11:30; the end is exclusive.</summary>
public readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Duration => End - Start;

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
