using System.ComponentModel;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Rounds;

/// <summary>Options every rounds command shares.</summary>
internal class RoundSettings : CommandSettings
{
    [CommandOption("--workflows <PATH>")]
    [Description("The workflows folder with templates/ and questionnaires/ (default: workflows).")]
    public string Workflows { get; init; } = "workflows";

    public RoundsPaths Paths => new(Workflows);
}

/// <summary>A command on one round, named by its id.</summary>
internal class RoundIdSettings : RoundSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The round's id.")]
    public string Id { get; init; } = "";
}
