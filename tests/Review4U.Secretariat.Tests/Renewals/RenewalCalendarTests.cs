using Review4U.Secretariat.Renewals;

namespace Review4U.Secretariat.Tests.Renewals;

public sealed class RenewalCalendarTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly RenewalCalendar Calendar = new(new DateOnly(2027, 4, 1), Paris, new TimeOnly(9, 0));

    [Fact]
    public void DaysBefore_IsTheSendTimeInTheBodysZone_OnEitherSideOfADaylightSavingChange()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 25, 8, 0, 0, TimeSpan.Zero), Calendar.DaysBefore(7)); // CET, UTC+1
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), Calendar.DaysBefore(3)); // CEST, UTC+2
    }

    [Fact]
    public void TermEnd_IsLocalMidnightOfTheEndDay()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 22, 0, 0, TimeSpan.Zero), Calendar.TermEnd);
    }

    [Fact]
    public void EscalationIndexAt_CountsWeeksFromTheEndDaysSendTime()
    {
        var week = TimeSpan.FromDays(7);
        var first = new DateTimeOffset(2027, 4, 1, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(-1, Calendar.EscalationIndexAt(first.AddSeconds(-1), week));
        Assert.Equal(0, Calendar.EscalationIndexAt(first, week));
        Assert.Equal(0, Calendar.EscalationIndexAt(first.AddDays(7).AddSeconds(-1), week));
        Assert.Equal(2, Calendar.EscalationIndexAt(first.AddDays(14), week));
    }

    [Fact]
    public void DaysBefore_MovesPastTheGap_WhenTheSendTimeDoesNotExistThatDay()
    {
        var atTwoThirty = new RenewalCalendar(new DateOnly(2027, 4, 4), Paris, new TimeOnly(2, 30)); // 28 March 2027: 02:00 → 03:00

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), atTwoThirty.DaysBefore(7));
    }
}
