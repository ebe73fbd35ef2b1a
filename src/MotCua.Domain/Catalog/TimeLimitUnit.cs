namespace MotCua.Domain.Catalog;

public enum TimeLimitUnit
{
    WorkingDays,
    WorkingHours,
}
