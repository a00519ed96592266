namespace Review4U.FollowUp.Tests.Support;

/// <summary>Files of the repository the tests use as shipped (templates, workflow definitions, samples).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Review4U.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Review4U.sln not found above " + AppContext.BaseDirectory);
    }
}
