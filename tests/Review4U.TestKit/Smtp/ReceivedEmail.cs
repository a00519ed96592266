using MimeKit;

namespace Review4U.TestKit.Smtp;

/// <summary>A message the test server accepted, with its envelope recipients.</summary>
public sealed record ReceivedEmail(MimeMessage Message, IReadOnlyList<string> EnvelopeTo);
