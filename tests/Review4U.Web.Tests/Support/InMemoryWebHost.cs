namespace Review4U.Web.Tests.Support;

/// <summary>The bare web host on the in-memory TestServer: each request can claim its remote address.</summary>
public sealed class InMemoryWebHost() : BareWebHost(kestrel: false);
