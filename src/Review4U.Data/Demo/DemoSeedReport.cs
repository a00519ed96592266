namespace Review4U.Data.Demo;

/// <summary>What <see cref="DemoSeeder"/> did; on a second run everything is "already there".</summary>
public sealed record DemoSeedReport(IReadOnlyList<string> Steps);
