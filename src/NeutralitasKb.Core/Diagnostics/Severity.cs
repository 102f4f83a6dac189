namespace NeutralitasKb.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
