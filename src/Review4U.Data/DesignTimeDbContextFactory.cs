using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host; it never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<Review4UDbContext>
{
    public Review4UDbContext CreateDbContext(string[] args) =>
        new(Review4UDbContextOptions.For("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
