namespace Review4U.Email.Inbound;

/// <summary>Replies to emails of <see cref="Category"/> go to <see cref="HandlerType"/> (registered by <c>AddReview4UReplyHandler</c>).</summary>
public sealed record ReplyRoute(string Category, Type HandlerType);
