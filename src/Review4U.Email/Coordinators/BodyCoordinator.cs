using Review4U.Email.Templates.Models;

namespace Review4U.Email.Coordinators;

/// <summary>Who receives a body's alerts (bounces, unmatched replies), in which language.</summary>
public sealed record BodyCoordinator(Guid BodyId, BodyIdentity Body, string Address, string Name, string Language);
