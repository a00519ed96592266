namespace Review4U.Web.Features.Secretariat.Text;

/// <summary>The Secretariat pages' own words in Spanish.</summary>
internal static class SecretariatTextEs
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["interest.pageTitle"] = "Secretaría",
        ["interest.heading"] = "Asumir la Secretaría de {0}",
        ["interest.intro"] = "El mandato de {0} termina el {1}. Las expresiones de interés se reciben hasta el {2} UTC.",
        ["interest.saved"] = "Guardado (versión {0}).",
        ["interest.closed"] = "El plazo para expresar interés está cerrado.",
        ["interest.organisation"] = "Organización",
        ["interest.coordinator"] = "Persona coordinadora propuesta",
        ["interest.motivation"] = "Motivación",
        ["interest.submit"] = "Expresar interés",
        ["ballot.pageTitle"] = "Decisión sobre la Secretaría",
        ["ballot.heading"] = "La Secretaría de {0}",
        ["ballot.intro"] = "{0}: el mandato de {1} termina el {2}. La decisión se adopta cuando {3} miembros están de acuerdo.",
        ["ballot.decided"] = "Decisión: {0}.",
        ["ballot.renewDecided"] = "renovar a {0}",
        ["ballot.legend"] = "Su voto",
        ["ballot.renew"] = "Renovar a {0} por un año",
        ["ballot.candidate"] = "{0}, coordinación: {1}: {2}",
        ["ballot.votes"] = "({0} voto(s))",
        ["ballot.vote"] = "Votar",
        ["error.notSaved"] = "No se guardó nada:",
        ["error.details"] = "Detalles",
        ["error.link.title"] = "Este enlace no se puede utilizar",
        ["error.link.text"] = "Utilice el enlace de su último correo electrónico sobre la Secretaría.",
        ["error.formExpected.title"] = "Se esperaba un formulario",
        ["error.formExpected.text"] = "Utilice el formulario de la página.",
        ["error.reload.title"] = "Vuelva a cargar la página",
        ["error.reload.text"] = "El formulario había caducado o no procedía de este sitio; no se guardó nada.",
    };
}
