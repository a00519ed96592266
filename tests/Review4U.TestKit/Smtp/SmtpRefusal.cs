namespace Review4U.TestKit.Smtp;

/// <summary>A reply the test server gives instead of accepting a recipient, e.g. (550, "5.1.1 no such user").</summary>
public sealed record SmtpRefusal(int Code, string Text);
