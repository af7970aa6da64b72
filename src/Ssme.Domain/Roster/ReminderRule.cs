using Ssme.Domain.Common;

namespace Ssme.Domain.Roster;

/// <summary>At most one reminder per initiative per day (SPEC §10), the day as people in Colombia count it.</summary>
public static class ReminderRule
{
    /// <summary>Whether another reminder may go now, given when the last one was sent (failed attempts do not count).</summary>
    public static bool AllowsAnother(DateTimeOffset? lastSent, DateTimeOffset now) =>
        lastSent is not { } last || ColombianDay(last) != ColombianDay(now);

    /// <summary>The earliest moment of the Colombian day <paramref name="now"/> falls in, for asking the database what was sent "today".</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset now) =>
        new(ColombianDay(now).ToDateTime(TimeOnly.MinValue), EsCo.ColombiaOffset);

    private static DateOnly ColombianDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(EsCo.ColombiaOffset).DateTime);
}
