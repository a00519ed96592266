using Review4U.Documents.Codes;

namespace Review4U.Documents.Progress;

/// <summary>The fixed wording of a progress report in one language.</summary>
internal sealed record ProgressText(
    string Period,
    string AsOf,
    string GeneratedOn,
    string Summary,
    string SummaryCaption,
    string Status,
    string Commitments,
    string Share,
    string OverallProgress,
    string Attention,
    string NothingNeedsAttention,
    string Overdue,
    string Details,
    string Facts,
    string Indicators,
    string Indicator,
    string Baseline,
    string Target,
    string Current,
    string Timeline,
    IReadOnlyDictionary<CommitmentStatus, string> Statuses)
{
    public static ProgressText For(string language) => language switch
    {
        Languages.French => French,
        Languages.Spanish => Spanish,
        Languages.Arabic => Arabic,
        _ => English,
    };

    private static ProgressText English { get; } = new(
        "Period: {0}", "Status as of {0}", "Compiled on {0}", "Summary", "Commitments by status", "Status", "Commitments", "Share",
        "Overall progress: {0}", "Needs attention", "No commitment is overdue, at risk or blocked.", "overdue",
        "Commitments", "Owner: {0} · Due: {1} · Status: {2} · Progress: {3}", "Indicators of {0}", "Indicator", "Baseline", "Target", "Current", "Timeline",
        StatusNames("On track", "At risk", "Blocked", "Done", "Not started"));

    private static ProgressText French { get; } = new(
        "Période : {0}", "Situation au {0}", "Compilé le {0}", "Synthèse", "Engagements par statut", "Statut", "Engagements", "Part",
        "Avancement global : {0}", "Points d'attention", "Aucun engagement n'est en retard, à risque ou bloqué.", "en retard",
        "Engagements", "Responsable : {0} · Échéance : {1} · Statut : {2} · Avancement : {3}", "Indicateurs de {0}", "Indicateur", "Valeur de référence", "Cible", "Valeur actuelle", "Chronologie",
        StatusNames("En bonne voie", "À risque", "Bloqué", "Réalisé", "Pas commencé"));

    private static ProgressText Spanish { get; } = new(
        "Período: {0}", "Situación al {0}", "Compilado el {0}", "Resumen", "Compromisos por estado", "Estado", "Compromisos", "Proporción",
        "Avance global: {0}", "Requiere atención", "Ningún compromiso está atrasado, en riesgo o bloqueado.", "atrasado",
        "Compromisos", "Responsable: {0} · Plazo: {1} · Estado: {2} · Avance: {3}", "Indicadores de {0}", "Indicador", "Línea de base", "Meta", "Valor actual", "Cronología",
        StatusNames("En curso", "En riesgo", "Bloqueado", "Cumplido", "No iniciado"));

    private static ProgressText Arabic { get; } = new(
        "الفترة: {0}", "الوضع في {0}", "جُمِّع في {0}", "ملخص", "الالتزامات حسب الحالة", "الحالة", "الالتزامات", "النسبة",
        "التقدم الإجمالي: {0}", "بنود تستدعي الاهتمام", "لا يوجد التزام متأخر أو معرّض للخطر أو متعثر.", "متأخر",
        "الالتزامات", "المسؤول: {0} · الموعد النهائي: {1} · الحالة: {2} · التقدم: {3}", "مؤشرات {0}", "المؤشر", "خط الأساس", "الهدف", "القيمة الحالية", "التسلسل الزمني",
        StatusNames("يسير وفق الخطة", "معرّض للخطر", "متعثر", "منجز", "لم يبدأ"));

    private static Dictionary<CommitmentStatus, string> StatusNames(string onTrack, string atRisk, string blocked, string done, string notStarted) => new()
    {
        [CommitmentStatus.OnTrack] = onTrack,
        [CommitmentStatus.AtRisk] = atRisk,
        [CommitmentStatus.Blocked] = blocked,
        [CommitmentStatus.Done] = done,
        [CommitmentStatus.NotStarted] = notStarted,
    };
}
