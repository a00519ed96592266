using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Bodies;

internal sealed class CreateBodyCommand(Review4UDbContext db, IAnsiConsole console) : AsyncCommand<CreateBodyCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("Short upper-case code, e.g. NACSA-KE or NET4U-AF.")]
        public string Code { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("Full name of the body.")]
        public string Name { get; init; } = "";

        [CommandOption("--kind <KIND>")]
        [Description("alliance (national, NACSA4U) or network (regional, NET4U).")]
        public string Kind { get; init; } = "";

        [CommandOption("--country <CODE>")]
        [Description("An alliance's country, ISO 3166-1 alpha-2 (e.g. KE).")]
        public string? Country { get; init; }

        [CommandOption("--region <REGION>")]
        [Description("A network's region (e.g. Africa).")]
        public string? Region { get; init; }

        [CommandOption("--countries <CODES>")]
        [Description("A network's countries, comma-separated ISO codes.")]
        public string? Countries { get; init; }

        [CommandOption("--time-zone <ZONE>")]
        [Description("IANA time zone the body counts its days in (e.g. Africa/Nairobi).")]
        public string TimeZone { get; init; } = "";

        [CommandOption("--languages <CODES>")]
        [Description("Languages used, comma-separated (en, fr, es, ar, ru, zh). Default: en.")]
        public string Languages { get; init; } = "en";

        [CommandOption("--default-language <CODE>")]
        [Description("Default language; the first of --languages when omitted.")]
        public string? DefaultLanguage { get; init; }

        [CommandOption("--established <HOW>")]
        [Description("vpi (in a Voluntary Pilot Initiative) or own-initiative.")]
        public string Established { get; init; } = "own-initiative";

        [CommandOption("--founded <DATE>")]
        [Description("Founding date, yyyy-MM-dd.")]
        public string Founded { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = settings.Kind switch
        {
            "alliance" => BodyKind.NationalAlliance,
            "network" => BodyKind.RegionalNetwork,
            _ => throw new DomainRuleException($"--kind: \"{settings.Kind}\" is not a kind (expected alliance or network)."),
        };
        var establishment = settings.Established switch
        {
            "vpi" => Establishment.VpiContext,
            "own-initiative" => Establishment.OwnInitiative,
            _ => throw new DomainRuleException($"--established: \"{settings.Established}\" is not expected (vpi or own-initiative)."),
        };
        var founded = Dates.ParseOptional(settings.Founded, "--founded") ?? throw new DomainRuleException("--founded is required (yyyy-MM-dd).");
        var languages = Split(settings.Languages);
        if (await db.Bodies.AnyAsync(b => b.Code == settings.Code, cancellationToken))
        {
            throw new DomainRuleException($"A body with the code {settings.Code} already exists.");
        }

        var body = Body.Create(new BodyProfile(
            settings.Code, settings.Name, kind, settings.Country, settings.Region, Split(settings.Countries), settings.TimeZone,
            languages, settings.DefaultLanguage ?? languages.FirstOrDefault() ?? "", establishment, founded));
        db.Bodies.Add(body);
        await db.SaveChangesAsync(cancellationToken);
        console.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture,
            $"[green]created[/] {body.Code} ({body.Name}), {string.Join(", ", body.MemberCountries)}");
        return 0;
    }

    private static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
