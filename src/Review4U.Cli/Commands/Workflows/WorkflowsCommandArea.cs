using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>The <c>review4u workflows …</c> verbs.</summary>
internal static class WorkflowsCommandArea
{
    public static void AddWorkflowsCommands(this IConfigurator config) =>
        config.AddBranch("workflows", workflows =>
        {
            workflows.SetDescription("Workflow definitions: list, validate, show, schema.");
            workflows.AddCommand<ListWorkflowsCommand>("list").WithDescription("List the workflows of a folder with their version and status.");
            workflows.AddCommand<ValidateWorkflowsCommand>("validate").WithDescription("Validate a folder or one file; exit code 1 on any error.")
                .WithExample("workflows", "validate").WithExample("workflows", "validate", "workflows/contribution-round.yaml");
            workflows.AddCommand<ShowWorkflowCommand>("show").WithDescription("Print a workflow's inputs, triggers and steps as a tree.")
                .WithExample("workflows", "show", "contribution-round");
            workflows.AddCommand<WriteSchemaCommand>("schema").WithDescription("Write schema.json generated from the registered step types.");
        });
}
