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
            secretariat.AddBranch("renewal", renewal =>
            {
                renewal.SetDescription("The renewal workflow: reminders, call for interest, the Steering Committee's decision by quorum.");
                renewal.AddCommand<StartRenewalCommand>("start")
                    .WithDescription("Start the renewal of the current term now (the daily trigger starts it 60 days before the end).")
                    .WithExample("secretariat", "renewal", "start", "--body", "NACSA-KE");
                renewal.AddCommand<RenewalStatusCommand>("status")
                    .WithDescription("Where the latest renewal stands: deadline, candidates, votes, emails queued.")
                    .WithExample("secretariat", "renewal", "status", "--body", "NACSA-KE", "--json");
                renewal.AddCommand<RenewalInterestsCommand>("interests")
                    .WithDescription("The expressions of interest: organisation, proposed coordinator, motivation.")
                    .WithExample("secretariat", "renewal", "interests", "--body", "NACSA-KE");
                renewal.AddCommand<DecideRenewalCommand>("decide")
                    .WithDescription("Record a Steering Committee member's vote; the quorum's choice is applied by the workflow.")
                    .WithExample("secretariat", "renewal", "decide", "--body", "NACSA-KE", "--as", "amina@haki.example.org", "--renew")
                    .WithExample("secretariat", "renewal", "decide", "--body", "NACSA-KE", "--as", "amina@haki.example.org", "--candidate", "haki-africa");
            });
        });
}
