namespace Review4U.TestKit.Files;

/// <summary>
/// The repository's shipped files (workflow definitions, templates, questionnaires), found from the running binaries
/// upwards, for tests and benchmarks that must use them as shipped; and files copied next to the test assembly.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>Review4U.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Templates => Of("workflows", "templates");

    public static string Questionnaires => Of("workflows", "questionnaires");

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A file copied next to the test assembly (e.g. Support/…).</summary>
    public static string Output(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Review4U.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Review4U.sln not found above " + AppContext.BaseDirectory);
    }
}
