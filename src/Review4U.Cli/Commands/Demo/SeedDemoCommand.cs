using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Data.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Demo;

internal sealed class SeedDemoCommand(DemoSeeder seeder, IAnsiConsole console) : AsyncCommand<SeedDemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--samples <FOLDER>")]
        [Description("Folder with the sample member files. Default: docs/samples of the checkout (searched upwards from here).")]
        public string? Samples { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Samples ?? FindSamples()
            ?? throw new UserFacingException("docs/samples not found above the current folder; pass --samples FOLDER.");
        var report = await seeder.SeedAsync(folder, cancellationToken);
        foreach (var step in report.Steps)
        {
            console.WriteLine(step);
        }

        return 0;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "docs", "samples");
                if (File.Exists(Path.Combine(candidate, "net4u-africa-members.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
