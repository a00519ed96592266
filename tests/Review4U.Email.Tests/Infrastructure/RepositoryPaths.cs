namespace Review4U.Email.Tests.Infrastructure;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "workflows", "templates");

    public static string Fixtures => Path.Combine(Root, "tests", "Review4U.Email.Tests", "Fixtures");

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
