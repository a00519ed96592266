namespace Review4U.Workflows.Registry;

/// <summary>The camel-case spelling YAML uses for property and enum names.</summary>
public static class JsonNaming
{
    public static string CamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
