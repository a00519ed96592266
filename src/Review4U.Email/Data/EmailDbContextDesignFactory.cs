using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Email.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class EmailDbContextDesignFactory : IDesignTimeDbContextFactory<EmailDbContext>
{
    public EmailDbContext CreateDbContext(string[] args) =>
        new(EmailDatabase.Options("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
