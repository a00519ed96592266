using Spectre.Console;

namespace Review4U.Cli.Infrastructure;

/// <summary>What a run of the CLI depends on from outside: the database, the terminal and the clock (tests pass their own).</summary>
public sealed record CliEnvironment(string ConnectionString, IAnsiConsole Console, TimeProvider Time)
{
    public static CliEnvironment FromProcess() => new(ConnectionStrings.FromEnvironment(), AnsiConsole.Console, TimeProvider.System);
}
