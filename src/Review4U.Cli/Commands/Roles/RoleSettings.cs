using System.ComponentModel;
using Review4U.Cli.Commands.Members;
using Review4U.Domain;
using Review4U.Domain.Governance;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Roles;

/// <summary>What identifies a term: the body, the role, the person (by email) and, for working groups, the group.</summary>
public class RoleSettings : BodyOption
{
    [CommandOption("--role <ROLE>")]
    [Description("coordinator, co-coordinator, administrative-focal-point, steering-committee, working-group-lead, working-group-member, ordinary-member or government-observer.")]
    public string Role { get; init; } = "";

    [CommandOption("--email <EMAIL>")]
    [Description("The person's email: a member contact's, or the government observer's.")]
    public string Email { get; init; } = "";

    [CommandOption("--group <TOPIC>")]
    [Description("The working group's topic (working-group-lead and working-group-member).")]
    public string? Group { get; init; }

    public RoleKind Kind => RoleKinds.TryParse(Role, out var kind)
        ? kind
        : throw new DomainRuleException($"--role: \"{Role}\" is not a role (expected {string.Join(", ", RoleKinds.Codes)}).");
}
