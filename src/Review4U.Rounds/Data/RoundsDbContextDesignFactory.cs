using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Rounds.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the application's host.</summary>
public sealed class RoundsDbContextDesignFactory : IDesignTimeDbContextFactory<RoundsDbContext>
{
    public RoundsDbContext CreateDbContext(string[] args) =>
        new(RoundsDatabase.Options("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
