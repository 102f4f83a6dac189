namespace NeutralitasKb.Markdown;

/// <summary>The callouts a reader recognises at a glance, written as <c>::: type [title]</c> containers.</summary>
public static class Callouts
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["boleh"] = "Boleh",
        ["dilarang"] = "Dilarang",
        ["sanksi"] = "Sanksi",
        ["contoh"] = "Contoh kasus",
        ["dasar-hukum"] = "Dasar hukum",
        ["catatan"] = "Catatan",
    };

    /// <summary>Callouts that state a rule: each must link to its article on a Dasar hukum page.</summary>
    public static readonly IReadOnlySet<string> RuleTypes = new HashSet<string>(StringComparer.Ordinal) { "boleh", "dilarang", "sanksi" };

    /// <summary>Empty containers filled from settings.yml.</summary>
    public const string OpdContacts = "opd-kontak";
    public const string OpdReporting = "opd-pelaporan";

    public static bool IsKnown(string type) => Labels.ContainsKey(type) || type is OpdContacts or OpdReporting;
}
