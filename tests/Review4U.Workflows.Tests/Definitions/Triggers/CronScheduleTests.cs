using Review4U.Workflows.Triggers;

namespace Review4U.Workflows.Tests.Definitions.Triggers;

public sealed class CronScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Between_GivesTheFirstMondayOfEachQuarter_InTheBodysTimeZone()
    {
        var schedule = CronSchedule.Parse("0 9 * 1,4,7,10 MON#1", "Europe/Vienna");

        var occurrences = schedule.Between(Utc(2026, 12, 1), Utc(2027, 12, 31)).ToList();

        // 09:00 in Vienna is 08:00 UTC in winter (CET) and 07:00 UTC in summer (CEST).
        Assert.Equal(
            [
                new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 4, 5, 9, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2027, 7, 5, 9, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2027, 10, 4, 9, 0, 0, TimeSpan.FromHours(2)),
            ],
            occurrences);
        Assert.Equal([Utc(2027, 1, 4, 8), Utc(2027, 4, 5, 7), Utc(2027, 7, 5, 7), Utc(2027, 10, 4, 7)], occurrences.Select(o => o.ToUniversalTime()));
    }

    [Fact]
    public void Between_RunsOnceADay_WhenTheLocalTimeIsSkippedBySpringDaylightSaving()
    {
        // 2027-03-28 in Vienna: 02:00 jumps to 03:00, so 02:30 does not exist that day.
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Vienna");

        var occurrences = schedule.Between(Utc(2027, 3, 26, 12), Utc(2027, 3, 29, 12)).ToList();

        Assert.Equal(3, occurrences.Count);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)), occurrences[1]);
    }

    [Fact]
    public void Between_RunsOnceADay_WhenTheLocalTimeIsRepeatedByAutumnDaylightSaving()
    {
        // 2026-10-25 in Vienna: 03:00 goes back to 02:00, so 02:30 happens twice; the trigger fires once.
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Vienna");

        var occurrences = schedule.Between(Utc(2026, 10, 23, 12), Utc(2026, 10, 26, 12)).ToList();

        Assert.Equal(3, occurrences.Count);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), occurrences[1]);
    }

    [Fact]
    public void NextAfter_IsStrictlyLater_WhenCalledAtAnOccurrence()
    {
        var schedule = CronSchedule.Parse("0 9 * * MON#1", "Africa/Nairobi");
        var first = schedule.NextAfter(Utc(2026, 11, 24))!.Value;

        var second = schedule.NextAfter(first)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(3)), first);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(3)), second);
    }

    [Fact]
    public void OccurrenceKey_IsTheSameInstant_WhateverTheOffsetItIsWrittenWith()
    {
        var local = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal("contribution-round/quarterly/2027-01-04T08:00:00Z", CronSchedule.OccurrenceKey("contribution-round", "quarterly", local));
        Assert.Equal(CronSchedule.OccurrenceKey("w", "t", local), CronSchedule.OccurrenceKey("w", "t", local.ToUniversalTime()));
    }

    [Fact]
    public void Parse_AcceptsSixFields_WhenSecondsComeFirst()
    {
        var schedule = CronSchedule.Parse("30 0 9 * * *", "UTC");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 30, TimeSpan.Zero), schedule.NextAfter(Utc(2026, 11, 24)));
    }
}
