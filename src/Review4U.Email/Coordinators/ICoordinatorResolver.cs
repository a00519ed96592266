namespace Review4U.Email.Coordinators;

/// <summary>Finds a body's coordinator; the domain module implements it from its roles, this module ships a configured one.</summary>
public interface ICoordinatorResolver
{
    /// <summary>Null when the body is unknown or has no coordinator address.</summary>
    Task<BodyCoordinator?> ResolveAsync(Guid bodyId, CancellationToken ct);

    /// <summary>The coordinator of the installation's default body, for mail that names no body (unmatched replies).</summary>
    Task<BodyCoordinator?> ResolveDefaultAsync(CancellationToken ct);
}
