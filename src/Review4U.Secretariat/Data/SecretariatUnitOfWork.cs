using Review4U.Data.Modules;

namespace Review4U.Secretariat.Data;

/// <summary>Names the secretariat context of a unit of work: <c>unit.Secretariat.Renewals</c> rather than <c>unit.Module.Renewals</c>.</summary>
public static class SecretariatUnitOfWork
{
    extension(ModuleUnitOfWork<SecretariatDbContext> unit)
    {
        public SecretariatDbContext Secretariat => unit.Module;
    }
}
