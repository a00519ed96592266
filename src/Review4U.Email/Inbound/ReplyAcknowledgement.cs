using Review4U.Email.Templates.Models;

namespace Review4U.Email.Inbound;

/// <summary>What the acknowledgement email says; returned by the reply handler (null: do not acknowledge).</summary>
public sealed record ReplyAcknowledgement(BodyIdentity Body, string RoundTitle, Uri TaskUrl, string RecipientName);
