using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Meetings.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class MeetingsDbContextDesignFactory : IDesignTimeDbContextFactory<MeetingsDbContext>
{
    public MeetingsDbContext CreateDbContext(string[] args) =>
        new(MeetingsDatabase.Options("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
