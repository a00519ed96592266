using Review4U.Documents.Questionnaires;

namespace Review4U.Documents.Tests.Support;

/// <summary>A small questionnaire covering every question type, for submission tests.</summary>
public static class SampleQuestionnaire
{
    public const string Yaml = """
        id: test-round
        version: 2
        title: { en: Test questionnaire, fr: Questionnaire d'essai, ar: استبيان تجريبي }
        sections:
          - id: criminalization
            cluster: I
            instrument: convention
            title: { en: Criminalization, ar: التجريم }
            questions:
              - id: q1
                type: long-text
                text: { en: How is participation in an organized criminal group criminalized?, ar: كيف يُجرَّم الاشتراك في جماعة إجرامية منظمة؟ }
              - id: q2
                type: yes-no-partially
                text: { en: Is money laundering criminalized? }
                tags: [drugs-corruption]
          - id: protection
            cluster: II
            instrument: tip-protocol
            title: { en: Protection of victims }
            questions:
              - id: q3
                type: multiple-choice
                text: { en: Which services are available to victims? }
                tags: [trafficking-in-persons]
                options:
                  - { id: shelter, text: { en: Shelter, ar: مأوى } }
                  - { id: legal, text: { en: Legal aid } }
                  - { id: medical, text: { en: Medical care } }
              - id: q4
                type: file-upload
                text: { en: Attach relevant studies. }
        """;

    public static Questionnaire Load() => QuestionnaireLoader.Parse(Yaml, "test-round.yaml").GetValueOrThrow();
}
