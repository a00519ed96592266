using System.ComponentModel;
using System.Globalization;
using System.Text;
using Review4U.Cli.Infrastructure;
using Review4U.Data.Members;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Members;

internal sealed class ExportMembersCommand(MemberExporter exporter, IAnsiConsole console) : AsyncCommand<ExportMembersCommand.Settings>
{
    public sealed class Settings : BodyOption
    {
        [CommandOption("--out <FILE>")]
        [Description("Write to this file instead of standard output.")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is null)
        {
            await using var text = new StringWriter(CultureInfo.InvariantCulture);
            await exporter.ExportCsvAsync(settings.Body, text, cancellationToken);
            console.WriteRaw(text.ToString());
            return 0;
        }

        // UTF-8 without a byte order mark: the same bytes as the sample files, and what `members import` reads.
        await using var file = new StreamWriter(settings.Out, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var count = await exporter.ExportCsvAsync(settings.Body, file, cancellationToken);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]exported[/] {count} organisation(s) of {settings.Body} to {settings.Out}");
        return 0;
    }
}
