using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Secretariat.Data;

/// <summary>For <c>dotnet ef migrations add</c>: no database is needed to generate a migration.</summary>
public sealed class SecretariatDbContextDesignFactory : IDesignTimeDbContextFactory<SecretariatDbContext>
{
    public SecretariatDbContext CreateDbContext(string[] args) => new(SecretariatDatabase.Options("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
