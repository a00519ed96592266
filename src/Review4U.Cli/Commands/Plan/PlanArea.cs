using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal static class PlanArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("plan", plan =>
        {
            plan.SetDescription("Annual activity plan: draft, Steering Committee review by quorum, scheduled activities, calendar.");
            plan.AddCommand<DraftPlanCommand>("draft")
                .WithDescription("Draft the year's plan from a YAML file of activities (a new version after a rejection).")
                .WithExample("plan", "draft", "--body", "NACSA-KE", "docs/samples/nacsa-kenya-activity-plan-2027.yaml");
            plan.AddCommand<ShowPlanCommand>("show")
                .WithDescription("The plan's activities, comments and votes, or --json.")
                .WithExample("plan", "show", "--body", "NACSA-KE", "--year", "2027", "--json");
            plan.AddCommand<SubmitPlanCommand>("submit")
                .WithDescription("Send the draft to the coordinator and the Steering Committee for review.")
                .WithExample("plan", "submit", "--body", "NACSA-KE", "--year", "2027");
            plan.AddCommand<ApprovePlanCommand>("approve")
                .WithDescription("Record a reviewer's approval (or --reject, or --comment-only), e.g. given in a meeting.")
                .WithExample("plan", "approve", "--body", "NACSA-KE", "--year", "2027", "--reviewer", "amina.otieno@hakiyouth.example.org", "--comment", "Agreed at the SC meeting.");
            plan.AddCommand<ExportPlanIcsCommand>("export-ics")
                .WithDescription("Write the approved plan's activities as an iCalendar file.")
                .WithExample("plan", "export-ics", "--body", "NACSA-KE", "--year", "2027", "-o", "plan-2027.ics");
        });
}
