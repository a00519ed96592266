namespace Review4U.Cli.Commands.Rounds;

/// <summary>Where the CLI finds the shipped files (the repository's <c>workflows/</c> by default).</summary>
internal sealed record RoundsPaths(string Workflows)
{
    public string Templates => Path.Combine(Workflows, "templates");

    public string Questionnaires => Path.Combine(Workflows, "questionnaires");
}
