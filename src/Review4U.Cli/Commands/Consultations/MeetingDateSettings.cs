using System.ComponentModel;
using System.Globalization;
using System.Xml;
using Review4U.Domain;
using Review4U.Meetings.Scheduling;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>A date as the secretariat gives it: local wall-clock start in the body's zone, length, place.</summary>
internal sealed class MeetingDateSettings : MeetingIdSettings
{
    [CommandOption("--starts <LOCAL>")]
    [Description("Start on the body's clock, yyyy-MM-ddTHH:mm (e.g. 2027-02-15T10:00).")]
    public string Starts { get; init; } = "";

    [CommandOption("--length <DURATION>")]
    [Description("ISO 8601 duration (default PT2H).")]
    public string Length { get; init; } = "PT2H";

    [CommandOption("--location <TEXT>")]
    [Description("Where (a room, an address, or an online link).")]
    public string? Location { get; init; }

    public MeetingDate ToMeetingDate()
    {
        if (!DateTime.TryParseExact(Starts, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new DomainRuleException($"--starts: \"{Starts}\" is not a local date and time (expected yyyy-MM-ddTHH:mm, e.g. 2027-02-15T10:00).");
        }

        TimeSpan length;
        try
        {
            length = XmlConvert.ToTimeSpan(Length);
        }
        catch (FormatException)
        {
            throw new DomainRuleException($"--length: \"{Length}\" is not an ISO 8601 duration (e.g. PT2H, PT90M).");
        }

        return new MeetingDate(start, length, Location);
    }
}
