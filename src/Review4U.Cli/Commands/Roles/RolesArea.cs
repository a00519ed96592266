using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Roles;

internal static class RolesArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("roles", roles =>
        {
            roles.SetDescription("Governance roles with dated terms: coordinator, co-coordinator, administrative-focal-point, steering-committee, working-group-lead, working-group-member, ordinary-member, government-observer.");
            roles.AddCommand<AssignRoleCommand>("assign")
                .WithDescription("Start a term of a role for a member contact (found by email), or for a government observer.")
                .WithExample("roles", "assign", "--body", "NACSA-KE", "--role", "coordinator", "--email", "amina.otieno@hakiyouth.example.org", "--from", "2024-02-01")
                .WithExample("roles", "assign", "--body", "NACSA-KE", "--role", "working-group-lead", "--group", "Firearms", "--email", "kevin@nfap.example.or.ke")
                .WithExample("roles", "assign", "--body", "NACSA-KE", "--role", "government-observer", "--name", "Grace Njeri", "--email", "g.njeri@interior.example.go.ke", "--ministry", "Ministry of Interior");
            roles.AddCommand<EndRoleCommand>("end")
                .WithDescription("End the running term of a role; the term stays in the history.")
                .WithExample("roles", "end", "--body", "NACSA-KE", "--role", "coordinator", "--email", "amina.otieno@hakiyouth.example.org", "--on", "2026-02-01");
            roles.AddCommand<ListRolesCommand>("list")
                .WithDescription("List every term of every role of a body, ended ones included (the governance history).")
                .WithExample("roles", "list", "--body", "NACSA-KE");
        });
}
