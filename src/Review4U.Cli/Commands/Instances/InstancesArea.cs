using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal static class InstancesArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("instances", instances =>
        {
            instances.SetDescription("Workflow instances: list, inspect, start, cancel, retry.");
            instances.AddCommand<ListInstancesCommand>("list")
                .WithDescription("Newest instances first, optionally of one status.")
                .WithExample("instances", "list", "--status", "faulted");
            instances.AddCommand<ShowInstanceCommand>("show")
                .WithDescription("Status, current waits, incidents and the journal of one instance.")
                .WithExample("instances", "show", "0193b6a2-7c1e-7000-8000-000000000000");
            instances.AddCommand<StartInstanceCommand>("start")
                .WithDescription("Start an instance of a workflow from the workflows folder.")
                .WithExample("instances", "start", "contribution-round", "--input", "bodyCode=NACSA-KE");
            instances.AddCommand<CancelInstanceCommand>("cancel")
                .WithDescription("Cancel an instance with its waits, incidents and sub-workflows.")
                .WithExample("instances", "cancel", "0193b6a2-7c1e-7000-8000-000000000000");
            instances.AddCommand<RetryInstanceCommand>("retry")
                .WithDescription("Retry the steps of an instance that have open incidents.")
                .WithExample("instances", "retry", "0193b6a2-7c1e-7000-8000-000000000000");
        });
}
