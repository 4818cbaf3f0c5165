namespace Dateline.Linking;

/// <summary>A user's merge or split that cannot be done, with the reason in words.</summary>
public sealed class OverrideException(string message) : Exception(message);
