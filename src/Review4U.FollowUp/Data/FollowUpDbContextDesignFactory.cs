using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.FollowUp.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the application's host.</summary>
public sealed class FollowUpDbContextDesignFactory : IDesignTimeDbContextFactory<FollowUpDbContext>
{
    public FollowUpDbContext CreateDbContext(string[] args) =>
        new(FollowUpDatabase.Options("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
