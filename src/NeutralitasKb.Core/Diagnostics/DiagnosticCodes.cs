namespace NeutralitasKb.Diagnostics;

/// <summary>
/// Every diagnostic code the generator can report, grouped by area. A guard test checks that each code
/// has a case in the bad-input suite, so add the case when you add a code.
/// </summary>
public static class DiagnosticCodes
{
    // 1xxx: settings and sources
    public const string SettingsMissing = "NKB1001";
    public const string SettingsSyntax = "NKB1002";
    public const string SettingsUnknownKey = "NKB1003";
    public const string SettingsInvalidValue = "NKB1004";
    public const string LogoMissing = "NKB1005";
    public const string BaseUrlMissing = "NKB1006";
    public const string InputFolderMissing = "NKB1101";
    public const string InvalidUtf8 = "NKB1102";
    public const string FileUnreadable = "NKB1103";
    public const string FileTooLarge = "NKB1104";

    // 2xxx: front matter
    public const string FrontMatterMissing = "NKB2001";
    public const string FrontMatterUnclosed = "NKB2002";
    public const string FrontMatterSyntax = "NKB2003";
    public const string FrontMatterUnknownKey = "NKB2004";
    public const string FrontMatterInvalidValue = "NKB2005";
    public const string TitleMissing = "NKB2006";
    public const string DescriptionMissing = "NKB2007";
    public const string PageEmpty = "NKB2008";
    public const string SlugInvalid = "NKB2009";
    public const string ReviewedMissing = "NKB2010";

    // 3xxx: Markdown
    public const string UnknownCallout = "NKB3001";
    public const string NestingTooDeep = "NKB3002";
    public const string RawHtmlNotAllowed = "NKB3003";

    // 4xxx: quiz (input/quiz/topics.yml and input/quiz/questions/*.yml)
    public const string QuizSyntax = "NKB4001";
    public const string QuizUnknownKey = "NKB4002";
    public const string QuizCorrectCount = "NKB4003";
    public const string QuizOptionCount = "NKB4004";
    public const string QuizFieldMissing = "NKB4005";
    public const string QuizInvalidValue = "NKB4006";
    public const string QuizUnknownTopic = "NKB4007";
    public const string QuizUnknownSanction = "NKB4008";
    public const string QuizDuplicateId = "NKB4009";
    public const string QuizBrokenLink = "NKB4010";
    public const string QuizBrokenAnchor = "NKB4011";
    public const string QuizPoolTooSmall = "NKB4012";
    public const string QuizTopicsMissing = "NKB4013";

    // 5xxx: links and anchors
    public const string BrokenLink = "NKB5001";
    public const string BrokenAnchor = "NKB5002";
    public const string LinkEscapesSite = "NKB5003";

    // 6xxx: layouts
    public const string UnknownLayout = "NKB6001";
    public const string TemplateSyntax = "NKB6002";
    public const string TemplateRender = "NKB6003";

    // 7xxx: site structure and output
    public const string DuplicateUrl = "NKB7001";
    public const string AliasConflict = "NKB7002";
    public const string PublishedLinkGone = "NKB7003";
    public const string OutputFailed = "NKB7004";
    public const string PublishedLinksInvalid = "NKB7005";

    // 8xxx: search
    public const string SearchSkipped = "NKB8001";
    public const string SearchIndexFailed = "NKB8002";
    public const string SynonymsSyntax = "NKB8003";
    public const string SynonymsUnknownKey = "NKB8004";
    public const string SynonymsInvalid = "NKB8005";

    // 9xxx: the generator itself
    public const string InternalError = "NKB9001";
}
