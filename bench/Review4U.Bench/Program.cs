using Review4U.Bench.Scenarios;
using Review4U.Bench.Reporting;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Bench.Support.Workers;
using Review4U.TestKit.Postgres;

if (args.Length > 0 && args[0] == WorkerMode.Flag)
{
    return await WorkerMode.RunAsync(args);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}\n{BenchOptions.Usage}");
    return 2;
}

var machine = await MachineFacts.ReadAsync(PostgresServer.AdminConnectionString, CancellationToken.None);
Console.WriteLine($"{machine.Cores} cores, {machine.MemoryGiB:0.0} GiB, load {machine.LoadAverage}; {machine.DotNet}; {machine.PostgreSql}");
var runner = new BenchRunner(ScenarioCatalog.All(), Console.Out);
IReadOnlyList<ScenarioResult> results;
try
{
    results = await runner.RunAsync(options, CancellationToken.None);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}\n{BenchOptions.Usage}");
    return 2;
}

var notesPath = Path.Combine(RepositoryPaths.Root, "bench", "NOTES.md");
var notes = File.Exists(notesPath) ? await File.ReadAllTextAsync(notesPath) : null;
var loadAtEnd = (await MachineFacts.ReadAsync(PostgresServer.AdminConnectionString, CancellationToken.None)).LoadAverage;
var markdown = ResultsWriter.Render(machine, options, results, loadAtEnd, notes);
if (runner.Failures.Count > 0)
{
    markdown += "\n## Failed in this run\n" + string.Concat(runner.Failures.Select(f => $"- {f}\n"));
}

Console.WriteLine();
Console.Write(markdown);
if (options.ResultsPath is not null)
{
    await File.WriteAllTextAsync(options.ResultsPath, markdown);
}

foreach (var failure in runner.Failures)
{
    await Console.Error.WriteLineAsync("failed: " + failure);
}

return runner.Failures.Count == 0 ? 0 : 1;
