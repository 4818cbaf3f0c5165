namespace Dateline.Storage;

/// <summary>A store that cannot be opened or used, with a reason that names it.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
