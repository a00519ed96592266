using System.ComponentModel;
using Review4U.Cli.Commands.Vpi;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

/// <summary>A command on one year's plan of a body.</summary>
internal class PlanYearSettings : FollowUpSettings
{
    [CommandOption("--year <YEAR>")]
    [Description("The plan's year, e.g. 2027.")]
    public int Year { get; init; }

    public override ValidationResult Validate() =>
        Year is < 2000 or > 2100 ? ValidationResult.Error("--year YEAR is required (e.g. 2027).") : base.Validate();
}
