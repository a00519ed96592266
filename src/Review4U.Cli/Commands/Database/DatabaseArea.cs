using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Database;

internal static class DatabaseArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("db", db =>
        {
            db.SetDescription("Database schema: apply every module's migrations.");
            db.AddCommand<MigrateCommand>("migrate")
                .WithDescription("Apply pending migrations of every module (domain first). Safe to run again.")
                .WithExample("db", "migrate");
        });
}
