namespace NeutralitasKb.Benchmarks.Corpus;

public enum PageKind
{
    Home,
    Helper,
    NotFound,
    Section,
    Topic,
}
