namespace Review4U.Workflows.Versioning;

/// <summary>A definition version the runtime has stored: (id, version, content hash).</summary>
public sealed record StoredDefinitionVersion(string Id, int Version, string ContentHash);
