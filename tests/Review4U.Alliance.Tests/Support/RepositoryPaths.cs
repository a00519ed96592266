namespace Review4U.Alliance.Tests.Support;

/// <summary>The repository's shipped files (workflows, templates, questionnaires) and this project's own files, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

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
