using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal static class SecretariatArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("secretariat", secretariat =>
        {
            secretariat.SetDescription("The Secretariat: the coordinator's organisation, for one renewable year.");
            secretariat.AddCommand<StartSecretariatCommand>("start")
                .WithDescription("Start a one-year secretariat term for the organisation of the coordinator in office that day.")
                .WithExample("secretariat", "start", "--body", "NACSA-KE", "--from", "2026-02-01");
            secretariat.AddCommand<RenewSecretariatCommand>("renew")
                .WithDescription("Renew the running secretariat term by one year; the renewal is kept in the term's history.")
                .WithExample("secretariat", "renew", "--body", "NACSA-KE")
                .WithExample("secretariat", "renew", "--body", "NACSA-KE", "--on", "2027-01-10");
        });
}
