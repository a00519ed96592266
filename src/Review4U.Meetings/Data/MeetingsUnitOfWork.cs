using Review4U.Data.Modules;

namespace Review4U.Meetings.Data;

/// <summary>Names the meetings context of a unit of work: <c>db.Meetings.AgendaItems</c> rather than <c>db.Module.AgendaItems</c>.</summary>
public static class MeetingsUnitOfWork
{
    extension(ModuleUnitOfWork<MeetingsDbContext> unit)
    {
        public MeetingsDbContext Meetings => unit.Module;
    }
}
