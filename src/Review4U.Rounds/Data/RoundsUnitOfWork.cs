using Review4U.Data.Modules;

namespace Review4U.Rounds.Data;

/// <summary>Names the rounds context of a unit of work: <c>db.Rounds.Tasks</c> rather than <c>db.Module.Tasks</c>.</summary>
public static class RoundsUnitOfWork
{
    extension(ModuleUnitOfWork<RoundsDbContext> unit)
    {
        public RoundsDbContext Rounds => unit.Module;
    }
}
