namespace Review4U.Documents.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The repository's <c>workflows/questionnaires</c> folder, found from the test binaries upwards.</summary>
    public static string Questionnaires()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "workflows", "questionnaires");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("workflows/questionnaires not found above " + AppContext.BaseDirectory);
    }
}
