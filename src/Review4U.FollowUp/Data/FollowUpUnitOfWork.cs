using Review4U.Data.Modules;

namespace Review4U.FollowUp.Data;

/// <summary>Names the follow-up context of a unit of work: <c>session.FollowUp.Commitments</c> rather than <c>session.Module.Commitments</c>.</summary>
public static class FollowUpUnitOfWork
{
    extension(ModuleUnitOfWork<FollowUpDbContext> unit)
    {
        public FollowUpDbContext FollowUp => unit.Module;
    }
}
