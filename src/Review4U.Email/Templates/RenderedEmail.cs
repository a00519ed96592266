namespace Review4U.Email.Templates;

/// <summary>A template rendered in one language: ready to become an <c>OutgoingEmail</c>.</summary>
public sealed record RenderedEmail(string Template, string Language, string Subject, string Text, string Html);
