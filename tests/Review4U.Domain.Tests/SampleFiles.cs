namespace Review4U.Domain.Tests;

/// <summary>The shipped sample files under docs/samples, found from the test's output folder.</summary>
internal static class SampleFiles
{
    public static string Folder { get; } = Find();

    public static string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/samples not found above " + AppContext.BaseDirectory);
    }
}
