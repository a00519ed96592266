using System.ComponentModel;
using Review4U.Cli.Commands.Members;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

/// <summary>Options every vpi and plan command shares: the body and the workflows folder.</summary>
internal class FollowUpSettings : BodyOption
{
    [CommandOption("--workflows <PATH>")]
    [Description("The workflows folder with templates/ (default: workflows).")]
    public string Workflows { get; init; } = "workflows";
}
