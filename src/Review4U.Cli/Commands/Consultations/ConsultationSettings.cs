using System.ComponentModel;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>Options every consultations command shares.</summary>
internal class ConsultationSettings : CommandSettings
{
    [CommandOption("--workflows <PATH>")]
    [Description("The workflows folder with the meeting workflows and templates/ (default: workflows).")]
    public string Workflows { get; init; } = "workflows";
}

/// <summary>A command on one meeting, named by its id.</summary>
internal class MeetingIdSettings : ConsultationSettings
{
    [CommandArgument(0, "<MEETING>")]
    [Description("The meeting's id (see consultations list).")]
    public string Id { get; init; } = "";
}

/// <summary>A read verb: a table, or --json.</summary>
internal sealed class MeetingReadSettings : MeetingIdSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool AsJson { get; init; }
}
