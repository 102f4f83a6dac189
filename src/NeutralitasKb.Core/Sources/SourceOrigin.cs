namespace NeutralitasKb.Sources;

public enum SourceOrigin
{
    Theme,
    Input,
}
