using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Members;

internal static class MembersArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("members", members =>
        {
            members.SetDescription("Member organisations and their contacts (format: docs/members-import.md).");
            members.AddCommand<ImportMembersCommand>("import")
                .WithDescription("Import members from CSV or YAML, all or nothing: every bad row is reported as file:line: column: problem and nothing is written. Importing the same file again changes nothing.")
                .WithExample("members", "import", "docs/samples/net4u-africa-members.csv", "--body", "NET4U-AF")
                .WithExample("members", "import", "members.yaml", "--body", "NACSA-KE", "--dry-run");
            members.AddCommand<ListMembersCommand>("list")
                .WithDescription("List a body's member organisations with their contacts.")
                .WithExample("members", "list", "--body", "NET4U-AF");
            members.AddCommand<ExportMembersCommand>("export")
                .WithDescription("Export a body's members as CSV that re-imports identically (formulas neutralised with a leading ').")
                .WithExample("members", "export", "--body", "NET4U-AF")
                .WithExample("members", "export", "--body", "NET4U-AF", "--out", "members.csv");
        });
}
