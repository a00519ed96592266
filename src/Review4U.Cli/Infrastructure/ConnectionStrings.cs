namespace Review4U.Cli.Infrastructure;

/// <summary>Where the database is: REVIEW4U_DB, else the local cluster that <c>scripts/up</c> starts.</summary>
public static class ConnectionStrings
{
    public static string FromEnvironment()
    {
        var explicitValue = Environment.GetEnvironmentVariable("REVIEW4U_DB");
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue;
        }

        var port = Environment.GetEnvironmentVariable("REVIEW4U_PG_PORT") ?? "55432";
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=review4u";
    }
}
