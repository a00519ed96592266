namespace Review4U.Secretariat.Tests.Support;

/// <summary>The repository's shipped files (workflows, templates, questionnaires), found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

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
