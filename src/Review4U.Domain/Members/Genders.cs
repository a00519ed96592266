namespace Review4U.Domain.Members;

/// <summary>The codes genders are written as in files; an empty cell means "not declared".</summary>
public static class Genders
{
    public static IReadOnlyList<string> Codes { get; } = ["female", "male", "other"];

    public static bool TryParse(string code, out Gender gender)
    {
        switch (code)
        {
            case "female": gender = Gender.Female; return true;
            case "male": gender = Gender.Male; return true;
            case "other": gender = Gender.Other; return true;
            default: gender = default; return false;
        }
    }

    public static string ToCode(Gender? gender) => gender switch
    {
        Gender.Female => "female",
        Gender.Male => "male",
        Gender.Other => "other",
        _ => "",
    };
}
