using Review4U.TestKit.Smtp;

namespace Review4U.FollowUp.Tests.Support;

/// <summary>An email that reached the SMTP server, with the outbox category it was queued under.</summary>
public sealed record Delivered(string Category, string To, ReceivedEmail Email);
