using Microsoft.Extensions.DependencyInjection;
using Review4U.Data;
using Review4U.Email.Data;
using Review4U.FollowUp;
using Review4U.FollowUp.Data;
using Review4U.Meetings;
using Review4U.Meetings.Data;
using Review4U.Rounds;
using Review4U.Rounds.Data;
using Review4U.Secretariat;
using Review4U.Secretariat.Data;
using Review4U.Workflows;
using Review4U.Workflows.Hangfire.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>The CLI's composition root: the same AddReview4UXxx extensions the web host uses.</summary>
internal static class CliServices
{
    public static ITypeRegistrar CreateRegistrar(CliEnvironment environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton(environment.Time);
        services.AddSingleton(environment.Console);
        services.AddSingleton(new CliSettings(environment.ConnectionString));
        services.AddReview4UData(environment.ConnectionString);

        // `db migrate` applies these in registration order: the domain first, then each module's.
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("domain (schema review4u)", DomainMigrations.MigrateDomainAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("workflow engine (schemas workflow, hangfire)", WorkflowDatabase.MigrateWorkflowAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("email (schema email)", EmailDatabase.MigrateEmailAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("contribution rounds (schema rounds)", RoundsDatabase.MigrateRoundsAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("secretariat renewals and relays (schema secretariat)", SecretariatDatabase.MigrateSecretariatAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("meetings (schema meetings)", MeetingsDatabase.MigrateMeetingsAsync));
        services.AddSingleton<IDatabaseMigration>(new ModuleMigration("VPI follow-up and activity plans (schema followup)", FollowUpDatabase.MigrateFollowUpAsync));
        services.AddReview4UWorkflows();
        services.AddReview4URoundSteps();
        services.AddReview4USecretariatSteps();
        services.AddReview4UMeetingSteps();
        services.AddReview4UFollowUpSteps();
        return new TypeRegistrar(services);
    }
}
