using Review4U.Domain.Members;

namespace Review4U.Domain.Views;

/// <summary>
/// Self-declared genders of a group. The concept notes ask the Steering Committee to "ensure gender balance";
/// we call a group balanced when, among those who declared, neither women nor men are more than 60 %, or the
/// two differ by at most one person (so a committee of three can be balanced).
/// </summary>
public sealed record GenderBalance(int Women, int Men, int Other, int Undeclared)
{
    public int Total => Women + Men + Other + Undeclared;

    public int Declared => Women + Men + Other;

    public bool IsBalanced =>
        Declared > 0 && (Math.Abs(Women - Men) <= 1 || (Women * 10 <= Declared * 6 && Men * 10 <= Declared * 6));

    public static GenderBalance Of(IEnumerable<Gender?> genders)
    {
        var list = genders.ToList();
        return new GenderBalance(
            list.Count(g => g == Gender.Female),
            list.Count(g => g == Gender.Male),
            list.Count(g => g == Gender.Other),
            list.Count(g => g is null));
    }
}
