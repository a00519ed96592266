namespace Review4U.Cli.Infrastructure;

/// <summary>Settings every command shares.</summary>
public sealed record CliSettings(string ConnectionString);
