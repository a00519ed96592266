using Microsoft.EntityFrameworkCore;

namespace Review4U.Data.Modules;

/// <summary>
/// A module's own context (rounds, meetings, follow-up, secretariat): the schema that holds its tables and its own
/// <c>__EFMigrationsHistory</c>, and how to build it from options, so <see cref="ModuleDatabase"/> and
/// <see cref="ModuleUnitOfWork{TModule}"/> serve every module alike.
/// </summary>
public interface IModuleDbContext<TSelf>
    where TSelf : DbContext, IModuleDbContext<TSelf>
{
    static abstract string SchemaName { get; }

    static abstract TSelf Create(DbContextOptions<TSelf> options);
}
