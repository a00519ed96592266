namespace Review4U.Domain.Tests.Data.Modules;

/// <summary>The one row of <see cref="ScratchDbContext"/>.</summary>
public sealed class NoteRow
{
    public Guid Id { get; set; }

    public Guid BodyId { get; set; }

    public required string Text { get; set; }
}
