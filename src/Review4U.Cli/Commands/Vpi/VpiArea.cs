using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal static class VpiArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("vpi", vpi =>
        {
            vpi.SetDescription("VPI follow-up: the VPI report's priorities as commitments, their status, requests and progress reports.");
            vpi.AddCommand<ImportVpiCommand>("import")
                .WithDescription("Import the VPI priorities (YAML or CSV, docs/vpi-import.md): all or nothing, again by key.")
                .WithExample("vpi", "import", "--body", "NACSA-KE", "docs/samples/nacsa-kenya-vpi-priorities.yaml", "--dry-run");
            vpi.AddCommand<ListVpiCommand>("list")
                .WithDescription("Every commitment with owner, due date, status and progress, or --json.")
                .WithExample("vpi", "list", "--body", "NACSA-KE", "--json");
            vpi.AddCommand<ShowVpiCommand>("show")
                .WithDescription("One commitment with its indicators and timeline, or --json.")
                .WithExample("vpi", "show", "P1.1", "--body", "NACSA-KE");
            vpi.AddCommand<UpdateVpiCommand>("update")
                .WithDescription("Record a status update (a timeline entry) for a commitment.")
                .WithExample("vpi", "update", "P2", "--body", "NACSA-KE", "--status", "at-risk", "--progress", "35", "--note", "The decree is delayed.");
            vpi.AddCommand<RequestStatusCommand>("request-status")
                .WithDescription("Start this month's status round now (the monthly trigger does it on the 1st).")
                .WithExample("vpi", "request-status", "--body", "NACSA-KE", "--period", "2027-03");
            vpi.AddCommand<ReportVpiCommand>("report")
                .WithDescription("Write the progress report as of now (DOCX + HTML), without sending it.")
                .WithExample("vpi", "report", "--body", "NACSA-KE", "--out", "reports");
        });
}
