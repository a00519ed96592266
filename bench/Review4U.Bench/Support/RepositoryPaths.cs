namespace Review4U.Bench.Support;

/// <summary>Finds the repository root (the folder holding Review4U.sln) from the running binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "workflows", "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Review4U.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Review4U.sln not found above " + AppContext.BaseDirectory);
    }
}
