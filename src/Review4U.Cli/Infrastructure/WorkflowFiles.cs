using Microsoft.Extensions.DependencyInjection;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Loading;

namespace Review4U.Cli.Infrastructure;

/// <summary>Makes one shipped workflow file startable by a command's engine; its validation errors stop the command.</summary>
internal static class WorkflowFiles
{
    public static async Task LoadAsync(IServiceProvider services, string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"No workflow file at '{path}' (use --workflows).");
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        var result = services.GetRequiredService<WorkflowDefinitionLoader>().Load(path, bytes);
        if (result.Definition is null)
        {
            throw new UserFacingException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        services.GetRequiredService<LoadedDefinitions>().Add(result.Definition, result.SourceText);
    }
}
