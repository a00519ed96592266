using Review4U.Bench.Scenarios;
using Review4U.Bench.Reporting;
using Review4U.Bench.Running;
using Review4U.TestKit.Postgres;

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
var results = await runner.RunAsync(options, CancellationToken.None);
var markdown = ResultsWriter.Render(machine, options, results, (await MachineFacts.ReadAsync(PostgresServer.AdminConnectionString, CancellationToken.None)).LoadAverage);
Console.WriteLine();
Console.Write(markdown);
if (options.ResultsPath is not null)
{
    await File.WriteAllTextAsync(options.ResultsPath, markdown);
}

return 0;
