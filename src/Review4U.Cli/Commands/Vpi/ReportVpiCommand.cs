using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class ReportVpiCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ReportVpiCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandOption("--quarter <YYYY-QN>")]
        [Description("The period label (default: the current quarter).")]
        public string? Quarter { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write the DOCX and HTML (default: the current folder).")]
        public string Out { get; init; } = ".";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var (docx, html, quarter) = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().ReportAsync(settings.Body, settings.Quarter, cancellationToken));
        Directory.CreateDirectory(settings.Out);
        var name = Path.Combine(settings.Out, $"{settings.Body.ToUpperInvariant()}-vpi-progress-{quarter}");
        await File.WriteAllBytesAsync(name + ".docx", docx, cancellationToken);
        await File.WriteAllBytesAsync(name + ".html", html, cancellationToken);
        console.WriteRawLine($"wrote {name}.docx and {name}.html (not sent: the workflow delivers each quarter's report)");
        return 0;
    }
}
