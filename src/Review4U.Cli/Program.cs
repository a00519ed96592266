using Review4U.Cli.Infrastructure;

return await CliApp.RunAsync(args);
