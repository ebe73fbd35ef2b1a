namespace MotCua.Domain.Indicators;

/// <summary>What an indicator's value is: a share in percent, or (2.2) an average in working hours.</summary>
public enum IndicatorMeasure
{
    Percent,
    WorkingHours,
}
