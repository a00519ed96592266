namespace Review4U.Domain.Members;

/// <summary>Self-declared; a contact who did not declare one has none (null), never a guessed value.</summary>
public enum Gender
{
    Female = 1,
    Male = 2,
    Other = 3,
}
