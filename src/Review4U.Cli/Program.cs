using Review4U.Cli.Infrastructure;
using Spectre.Console.Cli;

var app = new CommandApp(CliServices.CreateRegistrar());
app.Configure(config =>
{
    config.SetApplicationName("review4u");
    config.PropagateExceptions();
    config.ValidateExamples();
    CommandAreas.Register(config);
});
return await CliErrors.RunAsync(() => app.RunAsync(args));
