namespace Review4U.Web.Infrastructure;

/// <summary>Where the workflow definitions are (section <c>Workflows</c>).</summary>
public sealed class WorkflowFilesOptions
{
    /// <summary>The folder of <c>*.yaml</c> definitions; relative paths are from the working directory.</summary>
    public string Path { get; set; } = "workflows";
}
