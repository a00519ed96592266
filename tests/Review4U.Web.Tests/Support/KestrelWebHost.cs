namespace Review4U.Web.Tests.Support;

/// <summary>The bare web host on Kestrel at 127.0.0.1, for a browser.</summary>
public sealed class KestrelWebHost() : BareWebHost(kestrel: true);
