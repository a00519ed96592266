using System.ComponentModel;
using Review4U.Cli.Commands.Rounds;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

/// <summary>Options of the renewal verbs: the body, the workflows folder and, for read verbs, <c>--json</c>.</summary>
internal class RenewalSettings : RoundSettings
{
    [CommandOption("--body <CODE>")]
    [Description("The alliance or network, e.g. NACSA-KE.")]
    public string Body { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print the result as JSON.")]
    public bool AsJson { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Body) ? ValidationResult.Error("--body CODE is required.") : ValidationResult.Success();
}
