namespace Review4U.Rounds.Answers;

/// <summary>One question's answer as a form or a reply gives it: text and/or chosen option ids.</summary>
public sealed record AnswerInput(string QuestionId, string? Text, IReadOnlyList<string> Choices);
