using Microsoft.Extensions.Options;
using Review4U.Email.Options;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Coordinators;

/// <summary>Coordinators from configuration; the first one listed is the default. Replaced by the domain's resolver when registered.</summary>
public sealed class ConfiguredCoordinatorResolver(IOptions<EmailOptions> options) : ICoordinatorResolver
{
    public Task<BodyCoordinator?> ResolveAsync(Guid bodyId, CancellationToken ct) =>
        Task.FromResult(options.Value.Coordinators.Where(c => c.BodyId == bodyId).Select(ToCoordinator).FirstOrDefault());

    public Task<BodyCoordinator?> ResolveDefaultAsync(CancellationToken ct) =>
        Task.FromResult(options.Value.Coordinators.Select(ToCoordinator).FirstOrDefault());

    private static BodyCoordinator? ToCoordinator(CoordinatorOptions c) =>
        string.IsNullOrWhiteSpace(c.Address)
            ? null
            : new BodyCoordinator(c.BodyId, new BodyIdentity(c.BodyName, c.BodyCode, c.Network), c.Address, c.Name, c.Language);
}
