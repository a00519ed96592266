using Microsoft.EntityFrameworkCore.Design;

namespace Review4U.Workflows.Hangfire.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class WorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(WorkflowDbContextOptions.For("Host=127.0.0.1;Port=55432;Username=postgres;Database=review4u"));
}
