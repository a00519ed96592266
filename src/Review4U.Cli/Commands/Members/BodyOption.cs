using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Members;

/// <summary>Settings of verbs that act on one body, named with <c>--body CODE</c>.</summary>
public class BodyOption : CommandSettings
{
    [CommandOption("--body <CODE>")]
    [Description("The body's code, e.g. NET4U-AF.")]
    public string Body { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Body) ? ValidationResult.Error("--body CODE is required.") : ValidationResult.Success();
}
