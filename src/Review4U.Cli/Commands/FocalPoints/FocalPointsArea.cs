using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.FocalPoints;

internal static class FocalPointsArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("focal-points", focalPoints =>
        {
            focalPoints.SetDescription("Government focal points per country, with their history.");
            focalPoints.AddCommand<AppointFocalPointCommand>("appoint")
                .WithDescription("Record the government focal point of one of the body's countries; the previous one is closed, not deleted.")
                .WithExample("focal-points", "appoint", "--body", "NACSA-KE", "--country", "KE", "--ministry", "Office of the Attorney-General",
                    "--name", "Daniel Kiptoo", "--email", "d.kiptoo@ag.example.go.ke", "--from", "2026-03-01");
            focalPoints.AddCommand<ListFocalPointsCommand>("list")
                .WithDescription("List every focal point a body recorded, current and past.")
                .WithExample("focal-points", "list", "--body", "NET4U-AF");
        });
}
